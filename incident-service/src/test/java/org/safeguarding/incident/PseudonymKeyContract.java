package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.kernel.testing.Api;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The secret behind pupils' pseudonyms lives in the key store, not in the database it
 * protects: a database made before loses its stored secret, and the pseudonyms follow the
 * key store, whatever the database holds.
 */
abstract class PseudonymKeyContract {

    private static final Pattern PSEUDONYM = Pattern.compile("Pupil-[0-9A-F]{10}");

    @TempDir
    Path keys;

    /** A fresh database that survives the service being stopped and started again. */
    abstract List<String> databaseProperties();

    private ConfigurableApplicationContext start(List<String> database, Path keyStore, String... more) {
        List<String> arguments = new ArrayList<>(database);
        arguments.addAll(List.of("server.port=0", "safeguarding.post-service.url=http://localhost:9",
                "safeguarding.audit.key-store=" + keyStore));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(IncidentServiceApplication.class).profiles("demo")
            .run(arguments.stream().map(argument -> "--" + argument).toArray(String[]::new));
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    /** The one pseudonym the governor's audit page shows for Amy Brown (P-17). */
    private static String governorsPseudonym(ConfigurableApplicationContext service) {
        Api.Response page = api(service).as("governor").get("/api/audit/events?size=500");
        assertThat(page.status()).isEqualTo(200);
        List<String> pseudonyms = PSEUDONYM.matcher(page.body())
            .results()
            .map(found -> found.group())
            .distinct()
            .toList();
        assertThat(pseudonyms).hasSize(1);
        return pseudonyms.get(0);
    }

    @Test
    void aDatabaseMadeBeforeLosesItsPseudonymSecretAndPseudonymsFollowTheKeyStore() throws Exception {
        List<String> database = databaseProperties();
        Path schoolKeys = keys.resolve("school");
        try (ConfigurableApplicationContext before = start(database, schoolKeys, "spring.flyway.target=102")) {
            before.getBean(JdbcTemplate.class)
                .update("insert into pseudonym_key (id, secret) values (1, ?)", "a secret that sat in the database");
        }

        String pseudonym;
        try (ConfigurableApplicationContext upgraded = start(database, schoolKeys)) {
            JdbcTemplate jdbc = upgraded.getBean(JdbcTemplate.class);
            assertThatThrownBy(() -> jdbc.queryForList("select * from pseudonym_key"))
                .isInstanceOf(BadSqlGrammarException.class);
            assertThat(api(upgraded).as("teacher")
                .post("/api/incidents", IncidentApiContract.yellowForm("Pupil bullied in a group chat"))
                .status()).isEqualTo(201);
            pseudonym = governorsPseudonym(upgraded);
        }
        Path keyFile = schoolKeys.resolve("pseudonym.key");
        assertThat(keyFile).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");

        try (ConfigurableApplicationContext otherKeys = start(database, keys.resolve("other"))) {
            Api.Response page = api(otherKeys).as("governor").get("/api/audit/events?size=500");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).as("another key store opens neither the pupil's details nor their pseudonym")
                .doesNotContain(pseudonym)
                .doesNotContain("Amy")
                .doesNotContain("P-17");
        }
        try (ConfigurableApplicationContext again = start(database, schoolKeys)) {
            assertThat(governorsPseudonym(again)).isEqualTo(pseudonym);
        }
    }

}
