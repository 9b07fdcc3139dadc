package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.kernel.testing.Api;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The keys live outside the database: the key store is created owner-only on first start,
 * and the same database opened with another key store verifies as invalid, never as
 * valid, until the right keys are back.
 */
abstract class AnotherKeyStoreContract {

    @TempDir
    Path keys;

    /** A fresh database that survives the service being stopped and started again. */
    abstract List<String> databaseProperties();

    private ConfigurableApplicationContext start(List<String> database, Path keyStore) {
        List<String> arguments = new ArrayList<>(database);
        arguments.addAll(List.of("server.port=0", "safeguarding.audit.key-store=" + keyStore));
        return new SpringApplicationBuilder(IncidentServiceApplication.class).profiles("demo")
            .run(arguments.stream().map(argument -> "--" + argument).toArray(String[]::new));
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static JsonNode verification(Api api) {
        return api.as("governor").get("/api/audit/verification").json();
    }

    @Test
    void theSameDatabaseWithAnotherKeyStoreVerifiesAsInvalid() throws Exception {
        List<String> database = databaseProperties();
        Path schoolKeys = keys.resolve("school");
        try (ConfigurableApplicationContext school = start(database, schoolKeys)) {
            Api api = api(school);
            assertThat(api.as("teacher")
                .post("/api/incidents", IncidentApiContract.yellowForm("Kept with the school's keys"))
                .status()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(20)).until(() -> verification(api).get("pending").asLong() == 0);
            assertThat(verification(api).get("valid").asBoolean()).isTrue();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(schoolKeys))).isEqualTo("rwx------");
        try (var files = Files.list(schoolKeys)) {
            assertThat(files.filter(file -> !file.getFileName().toString().startsWith("."))
                .map(file -> uncheckedPermissions(file))).isNotEmpty().allMatch("rw-------"::equals);
        }

        try (ConfigurableApplicationContext impostor = start(database, keys.resolve("other"))) {
            JsonNode result = verification(api(impostor));
            assertThat(result.get("valid").asBoolean()).isFalse();
            assertThat(result.get("firstBroken").get("position").asLong()).isEqualTo(1);
            assertThat(result.get("firstBroken").get("problem").asText()).isEqualTo("CHANGED");
        }

        try (ConfigurableApplicationContext school = start(database, schoolKeys)) {
            assertThat(verification(api(school)).get("valid").asBoolean()).isTrue();
        }
    }

    private static String uncheckedPermissions(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
