package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.PostgresDatabases;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Production's set-up on PostgreSQL: migrations run as the owner, the service as its own
 * user, which may add to the record and read it, but never change or delete it.
 */
class LeastPrivilegePostgresIT {

    @TempDir
    Path keys;

    @Test
    void theServiceUserCanAppendToTheRecordButNeverRewriteIt() throws SQLException {
        var database = PostgresDatabases.newLeastPrivilegeDatabase();
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(IncidentServiceApplication.class)
            .profiles("demo")
            .run(database.serviceArguments(keys))) {
            Api api = new Api(((WebServerApplicationContext) service).getWebServer().getPort());
            String id = api.as("teacher")
                .post("/api/incidents", IncidentApiContract.yellowForm("Written by the service user"))
                .json()
                .get("id")
                .asText();
            assertThat(api.as("dsl").get("/api/incidents/" + id).status()).isEqualTo(200);
            assertThat(api.as("dsl").post("/api/incidents/" + id + "/acknowledgement").status()).isEqualTo(200);

            try (Connection app = database.asApp(); Statement sql = app.createStatement()) {
                assertThat(sql.executeUpdate("update incident_view set version = version where id = '" + id + "'"))
                    .isEqualTo(1);
                assertThat(
                        sql.executeUpdate("update subject_key set erased_at = erased_at where key_id = '" + id + "'"))
                    .as("an erasure updates the subject's key")
                    .isEqualTo(1);
                for (String rewrite : new String[] { "update domain_event_entry set payload = payload",
                        "delete from domain_event_entry", "delete from audit_link", "delete from subject_key",
                        "update audit_checkpoint set head = head", "delete from access_log",
                        "insert into snapshot_event_entry (aggregate_identifier, sequence_number, type, "
                                + "event_identifier, "
                                + "time_stamp, payload_type, payload) values ('a', 1, 't', 'e', 't', 'p', 'x')" }) {
                    assertThatThrownBy(() -> sql.execute(rewrite)).as(rewrite)
                        .hasMessageContaining("permission denied");
                }
            }
        }
    }

}
