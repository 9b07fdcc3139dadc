package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The tamper-evident chain: whatever is changed, deleted or inserted in the event table behind the service's
 * back is found, and the first event that no longer matches is named. Each test puts the row back afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class AuditChainContract {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    Map<String, Object> target;

    @BeforeEach
    void reportSomeIncidents() {
        api = new Api(port);
        for (int i = 0; i < 2; i++) {
            String id = api.as("teacher").post("/api/incidents", IncidentApiContract.yellowForm("Chain " + i)).json().get("id").asText();
            api.as("dsl").post("/api/incidents/" + id + "/acknowledgement");
        }
        assertThat(verification().get("valid").asBoolean()).isTrue();
        target = jdbc.queryForMap("select * from domain_event_entry order by global_index desc offset 2 rows fetch next 1 rows only");
    }

    private JsonNode verification() {
        Api.Response response = api.as("governor").get("/api/audit/verification");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private long targetIndex() {
        return ((Number) target.get("global_index")).longValue();
    }

    private void assertBrokenAtTarget(String problem) {
        JsonNode result = verification();
        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("firstBroken").get("globalIndex").asLong()).isEqualTo(targetIndex());
        assertThat(result.get("firstBroken").get("problem").asText()).isEqualTo(problem);
    }

    private void assertValidAgain() {
        JsonNode result = verification();
        assertThat(result.get("valid").asBoolean()).isTrue();
        assertThat(result.get("firstBroken").isNull()).isTrue();
    }

    @Test
    void aFreshStoreVerifiesWithOneLinkPerEvent() {
        JsonNode result = verification();

        assertThat(result.get("events").asLong()).isEqualTo(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class));
        assertThat(result.get("head").asText()).matches("[0-9a-f]{64}");
        assertThat(api.as("teacher").get("/api/audit/verification").status()).isEqualTo(403);
    }

    @Test
    void aChangedPayloadIsFound() {
        byte[] original = (byte[]) target.get("payload");
        String tampered = new String(original, StandardCharsets.UTF_8).replace("\"incidentId\":\"", "\"incidentId\":\"x");
        assertThat(tampered).isNotEqualTo(new String(original, StandardCharsets.UTF_8));
        jdbc.update("update domain_event_entry set payload = ? where global_index = ?", tampered.getBytes(StandardCharsets.UTF_8), targetIndex());

        assertBrokenAtTarget("CHANGED");

        jdbc.update("update domain_event_entry set payload = ? where global_index = ?", original, targetIndex());
        assertValidAgain();
    }

    @Test
    void changedMetadataIsFound() {
        byte[] original = (byte[]) target.get("meta_data");
        String tampered = new String(original, StandardCharsets.UTF_8).replace("\"actorUsername\":\"", "\"actorUsername\":\"x");
        assertThat(tampered).isNotEqualTo(new String(original, StandardCharsets.UTF_8));
        jdbc.update("update domain_event_entry set meta_data = ? where global_index = ?", tampered.getBytes(StandardCharsets.UTF_8), targetIndex());

        assertBrokenAtTarget("CHANGED");

        jdbc.update("update domain_event_entry set meta_data = ? where global_index = ?", original, targetIndex());
        assertValidAgain();
    }

    @Test
    void aChangedTimestampIsFound() {
        String original = (String) target.get("time_stamp");
        jdbc.update("update domain_event_entry set time_stamp = ? where global_index = ?", "2020-01-01T00:00:00Z", targetIndex());

        assertBrokenAtTarget("CHANGED");

        jdbc.update("update domain_event_entry set time_stamp = ? where global_index = ?", original, targetIndex());
        assertValidAgain();
    }

    @Test
    void aDeletedRowIsFound() {
        jdbc.update("delete from domain_event_entry where global_index = ?", targetIndex());

        assertBrokenAtTarget("DELETED");

        List<String> columns = List.copyOf(target.keySet());
        jdbc.update("insert into domain_event_entry (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(column -> "?").toList()) + ")",
                columns.stream().map(target::get).toArray());
        assertValidAgain();
    }

    @Test
    void anInsertedRowIsFound() {
        String forged = UUID.randomUUID().toString();
        jdbc.update("insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                        + "time_stamp, payload_type, payload_revision, payload, meta_data) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                forged, target.get("aggregate_identifier"), 99L, target.get("type"), target.get("time_stamp"),
                target.get("payload_type"), null, target.get("payload"), target.get("meta_data"));

        JsonNode result = verification();
        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("firstBroken").get("eventIdentifier").asText()).isEqualTo(forged);
        assertThat(result.get("firstBroken").get("problem").asText()).isEqualTo("INSERTED");

        jdbc.update("delete from domain_event_entry where event_identifier = ?", forged);
        assertValidAgain();
    }
}
