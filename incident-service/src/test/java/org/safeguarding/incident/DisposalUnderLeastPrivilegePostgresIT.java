package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.PostgresDatabases;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Retention in production's set-up on PostgreSQL: the service user, which may not DELETE
 * from the access log or the evidence files, still disposes of a record's evidence and
 * purges old access-log entries, through the owner's functions, which delete nothing
 * else: no evidence of an incident not disposed of, no access-log entry younger than six
 * years.
 */
class DisposalUnderLeastPrivilegePostgresIT {

    @TempDir
    Path keys;

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
            'R', 1, 2, 3, 4 };

    @Test
    void theServiceUserDisposesOfEvidenceAndPurgesOldEntriesOnlyThroughTheOwnersFunctions() throws SQLException {
        var database = PostgresDatabases.newLeastPrivilegeDatabase();
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(IncidentServiceApplication.class)
            .profiles("demo")
            .run(database.serviceArguments(keys));
                Connection app = database.asApp();
                Connection owner = database.asOwner();
                Statement asApp = app.createStatement();
                Statement asOwner = owner.createStatement()) {
            Api api = new Api(((WebServerApplicationContext) service).getWebServer().getPort());
            String disposed = reportedWithEvidence(api, "Kept since the pupil was small");
            String kept = reportedWithEvidence(api, "Another, not proposed");
            assertThat(api.as("dsl").get("/api/retention/due").json().findValuesAsText("incidentId")).contains(disposed,
                    kept);

            String disposal = api.as("dsl")
                .post("/api/disposals", Map.of("incidentIds", List.of(disposed), "rule", "CHILD_PROTECTION"))
                .json()
                .get("id")
                .asText();
            Api.Response approved = api.as("head").post("/api/disposals/" + disposal + "/approval");

            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
            assertThat(count(asOwner, "select count(*) from evidence_file where incident_id = '" + disposed + "'"))
                .isZero();
            assertThat(count(asApp, "select dispose_evidence('" + kept + "')")).as("not disposed of: kept").isZero();
            assertThat(count(asOwner, "select count(*) from evidence_file where incident_id = '" + kept + "'"))
                .isEqualTo(1);
            for (String delete : List.of("delete from evidence_file", "delete from access_log")) {
                assertThatThrownBy(() -> asApp.execute(delete)).as(delete).hasMessageContaining("permission denied");
            }

            long entries = count(asOwner, "select count(*) from access_log");
            assertThat(count(asApp, "select purge_access_log(now() + interval '1 day')")).as("none six years old")
                .isZero();
            asOwner.execute("insert into access_log (incident_id, username, role, action, at) values ('" + kept
                    + "', 'dsl', 'DSL', 'VIEW', now() - interval '7 years')");
            assertThat(count(asApp, "select purge_access_log(now() + interval '1 day')")).isEqualTo(1);
            assertThat(count(asOwner, "select count(*) from access_log")).isEqualTo(entries);
        }
    }

    private static String reportedWithEvidence(Api api, String summary) {
        Map<String, Object> body = IncidentApiContract.yellowForm(summary);
        body.put("subjects", List.of(Map.of("kind", "PUPIL", "name", "Amy Brown", "dateOfBirth", "2000-01-01")));
        String id = api.as("teacher").post("/api/incidents", body).json().get("id").asText();
        Api.Response evidence = api.as("dsl")
            .postBytes("/api/incidents/" + id + "/evidence", EvidenceContract.multipart("chat.png", "image/png", PNG),
                    "multipart/form-data; boundary=" + EvidenceContract.BOUNDARY);
        assertThat(evidence.status()).as(evidence.toString()).isEqualTo(201);
        assertThat(api.as("dsl")
            .post("/api/incidents/" + id + "/closure", Map.of("outcome", "RESOLVED", "rationale", "Resolved long ago"))
            .status()).isEqualTo(200);
        return id;
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

}
