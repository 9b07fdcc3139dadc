package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.incident.incident.AccessLog;
import org.safeguarding.incident.incident.AccessLogSealed;
import org.safeguarding.kernel.audit.AuditVerifier;
import org.safeguarding.kernel.audit.RecordSelfCheck;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.Signatures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The keyed record under attack by someone who can run SQL but has no key: whatever they
 * change, insert, delete or re-link is found, and the first broken position is named; a
 * cut tail is caught by a checkpoint a governor kept. Each test puts the database back
 * and sees it verify again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@AutoConfigureObservability
abstract class AuditChainContract {

    @TempDir
    static Path keyStore;

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        registry.add("safeguarding.audit.key-store", () -> keyStore.resolve("keys").toString());
        registry.add("safeguarding.access-log.settled-after", () -> "PT0S");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccessLog accessLog;

    @Autowired
    RecordSelfCheck selfCheck;

    Api api;

    Map<String, Object> target;

    long targetPosition;

    @BeforeEach
    void reportSomeIncidents() {
        api = new Api(port);
        for (int i = 0; i < 2; i++) {
            String id = api.as("teacher")
                .post("/api/incidents", IncidentApiContract.yellowForm("Chain " + i))
                .json()
                .get("id")
                .asText();
            api.as("dsl").post("/api/incidents/" + id + "/acknowledgement");
        }
        JsonNode sealed = awaitAllSealed();
        assertThat(sealed.get("valid").asBoolean()).as(sealed.toString()).isTrue();
        target = jdbc.queryForMap(
                "select * from domain_event_entry order by global_index desc offset 2 rows fetch next 1 rows only");
        targetPosition = jdbc.queryForObject("select position from audit_link where global_index = ?", Long.class,
                targetIndex());
    }

    private JsonNode awaitAllSealed() {
        return await().atMost(Duration.ofSeconds(20))
            .until(this::verification, result -> result.get("pending").asLong() == 0 && result.get("position")
                .asLong() == jdbc.queryForObject("select count(*) from domain_event_entry", Long.class));
    }

    private JsonNode verification(String... query) {
        Api.Response response = api.as("governor")
            .get("/api/audit/verification" + (query.length == 0 ? "" : "?" + query[0]));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private long targetIndex() {
        return ((Number) target.get("global_index")).longValue();
    }

    private void assertBrokenAtTarget(String problem) {
        JsonNode broken = verification().get("firstBroken");
        assertThat(verification().get("valid").asBoolean()).isFalse();
        assertThat(broken.get("position").asLong()).isEqualTo(targetPosition);
        assertThat(broken.get("globalIndex").asLong()).isEqualTo(targetIndex());
        assertThat(broken.get("problem").asText()).isEqualTo(problem);
    }

    private void assertValidAgain() {
        JsonNode result = verification();
        assertThat(result.get("valid").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.get("firstBroken").isNull()).isTrue();
    }

    private void restoreTarget() {
        jdbc.update(
                "update domain_event_entry set payload = ?, meta_data = ?, time_stamp = ?, mac = ? "
                        + "where global_index = ?",
                target.get("payload"), target.get("meta_data"), target.get("time_stamp"), target.get("mac"),
                targetIndex());
    }

    @Test
    void aFreshStoreVerifiesWithOneKeyedLinkPerEventAndASignedCheckpoint() {
        JsonNode result = verification();

        assertThat(result.get("events").asLong())
            .isEqualTo(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class));
        assertThat(result.get("head").asText()).matches("[0-9a-f]{64}");
        assertThat(jdbc.queryForList("select mac from domain_event_entry", String.class))
            .allMatch(mac -> mac.matches("[0-9a-f]{64}"));
        JsonNode checkpoints = api.as("governor").get("/api/audit/checkpoints").json();
        assertThat(checkpoints.get("totalElements").asLong()).isPositive();
        assertThat(api.as("teacher").get("/api/audit/verification").status()).isEqualTo(403);
        assertThat(api.as("teacher").get("/api/audit/checkpoints").status()).isEqualTo(403);
    }

    /**
     * Concurrent commits land out of global order; an event that fills such a gap is
     * still chained, once.
     */
    @Test
    void reportsMadeAtTheSameTimeAreAllChainedOnce() throws Exception {
        var reporters = Executors.newFixedThreadPool(16);
        try {
            var reports = IntStream.range(0, 80)
                .mapToObj(i -> reporters.submit(() -> api.as("teacher")
                    .post("/api/incidents", IncidentApiContract.yellowForm("At once " + i))
                    .status()))
                .toList();
            for (var report : reports) {
                assertThat(report.get()).isEqualTo(201);
            }
        }
        finally {
            reporters.shutdown();
        }

        JsonNode sealed = awaitAllSealed();

        assertThat(sealed.get("valid").asBoolean()).as(sealed.toString()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry e where not exists "
                + "(select 1 from audit_link l where l.global_index = e.global_index)", Long.class))
            .isZero();
    }

    private void changeTargetsPayload() {
        String original = new String((byte[]) target.get("payload"), StandardCharsets.UTF_8);
        String tampered = original.replace("\"incidentId\":\"", "\"incidentId\":\"x");
        assertThat(tampered).isNotEqualTo(original);
        jdbc.update("update domain_event_entry set payload = ? where global_index = ?",
                tampered.getBytes(StandardCharsets.UTF_8), targetIndex());
    }

    @Test
    void aChangedPayloadIsFound() {
        changeTargetsPayload();

        assertBrokenAtTarget("CHANGED");

        restoreTarget();
        assertValidAgain();
    }

    @Test
    void theServiceChecksItsOwnRecordAtStartUpAndEveryDayAndRaisesTheAlarmWhenItIsChanged() {
        await().atMost(Duration.ofSeconds(20))
            .until(() -> api.as("admin").get("/actuator/prometheus").body().contains("safeguarding_audit_valid 1.0"));
        String daily = "from scheduled_tasks where task_name = 'record-self-check'";
        assertThat(jdbc.queryForObject("select execution_time " + daily, Timestamp.class).toInstant())
            .as("the daily check, first due a day after the start-up check, not straight after it")
            .isAfter(Instant.now().plus(Duration.ofHours(23)));
        assertThat(jdbc.queryForObject("select last_success " + daily, Timestamp.class)).isNull();
        changeTargetsPayload();

        AuditVerifier.Verification check = selfCheck.check();

        assertThat(check.valid()).isFalse();
        assertThat(check.firstBroken().position()).isEqualTo(targetPosition);
        assertThat(api.as("admin").get("/actuator/prometheus").body()).contains("safeguarding_audit_valid 0.0");
        restoreTarget();
        assertThat(selfCheck.check().valid()).isTrue();
        assertThat(api.as("admin").get("/actuator/prometheus").body()).contains("safeguarding_audit_valid 1.0");
    }

    @Test
    void changedMetadataIsFound() {
        String original = new String((byte[]) target.get("meta_data"), StandardCharsets.UTF_8);
        String tampered = original.replace("\"actorUsername\":\"", "\"actorUsername\":\"x");
        assertThat(tampered).isNotEqualTo(original);
        jdbc.update("update domain_event_entry set meta_data = ? where global_index = ?",
                tampered.getBytes(StandardCharsets.UTF_8), targetIndex());

        assertBrokenAtTarget("CHANGED");

        restoreTarget();
        assertValidAgain();
    }

    @Test
    void aChangedTimestampIsFound() {
        jdbc.update("update domain_event_entry set time_stamp = ? where global_index = ?", "2020-01-01T00:00:00Z",
                targetIndex());

        assertBrokenAtTarget("CHANGED");

        restoreTarget();
        assertValidAgain();
    }

    /**
     * The attacker knows how MACs and links are made, and recomputes all of them, but has
     * no key but their own.
     */
    @Test
    void aChangedEventWithEveryMacAndLinkRecomputedWithoutTheKeyIsFound() throws Exception {
        byte[] attackersKey = "not the school's key, 32 bytes!!".getBytes(StandardCharsets.US_ASCII);
        String tampered = new String((byte[]) target.get("payload"), StandardCharsets.UTF_8).replace("\"summary\":\"",
                "\"summary\":\"Nothing: ");
        jdbc.update("update domain_event_entry set payload = ? where global_index = ?",
                tampered.getBytes(StandardCharsets.UTF_8), targetIndex());
        Map<String, Object> row = jdbc.queryForMap("select * from domain_event_entry where global_index = ?",
                targetIndex());
        jdbc.update("update domain_event_entry set mac = ? where global_index = ?",
                mac(attackersKey, "event", row.get("event_identifier"), row.get("aggregate_identifier"),
                        row.get("sequence_number"), row.get("type"), row.get("time_stamp"), row.get("payload_type"),
                        row.get("payload_revision"), row.get("payload"), row.get("meta_data")),
                targetIndex());
        List<Map<String, Object>> links = jdbc
            .queryForList("select l.position, l.global_index, e.mac from audit_link l "
                    + "join domain_event_entry e on e.global_index = l.global_index "
                    + "where l.position >= ? order by l.position", targetPosition);
        String previous = jdbc.queryForObject("select link from audit_link where position = ?", String.class,
                targetPosition - 1);
        Map<Long, String> originalLinks = new HashMap<>();
        for (Map<String, Object> link : links) {
            long position = ((Number) link.get("position")).longValue();
            originalLinks.put(position,
                    jdbc.queryForObject("select link from audit_link where position = ?", String.class, position));
            previous = mac(attackersKey, "link", position, link.get("global_index"), link.get("mac"), previous);
            jdbc.update("update audit_link set link = ? where position = ?", previous, position);
        }

        assertBrokenAtTarget("CHANGED");

        originalLinks.forEach(
                (position, link) -> jdbc.update("update audit_link set link = ? where position = ?", link, position));
        restoreTarget();
        assertValidAgain();
    }

    @Test
    void aDeletedEventIsFound() {
        jdbc.update("delete from domain_event_entry where global_index = ?", targetIndex());

        assertBrokenAtTarget("DELETED");

        List<String> columns = List.copyOf(target.keySet());
        jdbc.update(
                "insert into domain_event_entry (" + String.join(", ", columns) + ") values ("
                        + String.join(", ", columns.stream().map(column -> "?").toList()) + ")",
                columns.stream().map(target::get).toArray());
        assertValidAgain();
    }

    @Test
    void anInsertedEventIsFoundEvenWithAnotherEventsMac() {
        String forged = UUID.randomUUID().toString();
        jdbc.update(
                "insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                        + "time_stamp, payload_type, payload_revision, payload, meta_data, mac) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                forged, target.get("aggregate_identifier"), 99L, target.get("type"), target.get("time_stamp"),
                target.get("payload_type"), null, target.get("payload"), target.get("meta_data"), target.get("mac"));

        JsonNode result = await().atMost(Duration.ofSeconds(10))
            .until(this::verification,
                    verification -> forged.equals(verification.get("firstBroken").path("eventIdentifier").asText())
                            && verification.get("pending").asLong() == 0
                            && verification.get("position").asLong() == jdbc
                                .queryForObject("select count(*) from domain_event_entry", Long.class));
        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("firstBroken").get("problem").asText()).isIn("INSERTED", "CHANGED");

        jdbc.update("delete from audit_link where global_index = "
                + "(select global_index from domain_event_entry where event_identifier = ?)", forged);
        jdbc.update("delete from domain_event_entry where event_identifier = ?", forged);
    }

    @Test
    void theNewestEventsDeletedWithTheirLinksAndCheckpointsAreCaughtByAKeptCheckpoint() {
        Api.Response export = api.as("dsl")
            .get("/api/reports/inspection?from=2020-01-01T00:00:00Z&to=2100-01-01T00:00:00Z", "Accept",
                    "application/json");
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        String[] kept = export.header("Export-Checkpoint").split(":");
        long keptPosition = Long.parseLong(kept[0]);
        assertThat(verification("position=" + kept[0] + "&head=" + kept[1]).get("keptCheckpoint")
            .get("onChain")
            .asBoolean()).isTrue();
        List<Map<String, Object>> cutEvents = jdbc
            .queryForList("select e.* from domain_event_entry e join audit_link l "
                    + "on l.global_index = e.global_index where l.position > ?", keptPosition - 2);
        List<Map<String, Object>> cutLinks = jdbc.queryForList("select * from audit_link where position > ?",
                keptPosition - 2);
        List<Map<String, Object>> cutCheckpoints = jdbc
            .queryForList("select * from audit_checkpoint where position > ?", keptPosition - 2);

        jdbc.update("delete from audit_checkpoint where position > ?", keptPosition - 2);
        jdbc.update("delete from domain_event_entry where global_index in "
                + "(select global_index from audit_link where position > ?)", keptPosition - 2);
        jdbc.update("delete from audit_link where position > ?", keptPosition - 2);

        assertThat(verification().get("valid").asBoolean()).as("without a kept checkpoint the cut cannot be seen")
            .isTrue();
        JsonNode withKept = verification("position=" + kept[0] + "&head=" + kept[1]);
        assertThat(withKept.get("valid").asBoolean()).isFalse();
        assertThat(withKept.get("keptCheckpoint").get("onChain").asBoolean()).isFalse();
        assertThat(withKept.get("firstBroken").get("problem").asText()).isEqualTo("CUT");
        assertThat(withKept.get("firstBroken").get("position").asLong()).isEqualTo(keptPosition - 1);

        reinsert("domain_event_entry", cutEvents);
        reinsert("audit_link", cutLinks);
        reinsert("audit_checkpoint", cutCheckpoints);
        assertThat(verification("position=" + kept[0] + "&head=" + kept[1]).get("valid").asBoolean()).isTrue();
    }

    @Test
    void anAccessLogEntryChangedBehindTheServicesBackIsFound() {
        String incident = (String) target.get("aggregate_identifier");
        assertThat(api.as("dsl").get("/api/incidents/" + incident).status()).isEqualTo(200);
        long entry = jdbc.queryForObject("select max(id) from access_log", Long.class);
        String reader = jdbc.queryForObject("select username from access_log where id = ?", String.class, entry);
        jdbc.update("update access_log set username = 'teacher2' where id = ?", entry);

        JsonNode accessLog = verification().get("records").get(0);

        assertThat(verification().get("valid").asBoolean()).isFalse();
        assertThat(accessLog.get("name").asText()).isEqualTo("access-log");
        assertThat(accessLog.get("firstBroken").asLong()).isEqualTo(entry);
        jdbc.update("update access_log set username = ? where id = ?", reader, entry);
        assertValidAgain();
    }

    @Test
    void theNewestAccessLogEntryDeletedOnceSealedIsFound() {
        String incident = (String) target.get("aggregate_identifier");
        accessLog.seal();
        assertThat(api.as("dsl").get("/api/incidents/" + incident).status()).isEqualTo(200);
        Map<String, Object> newest = jdbc
            .queryForMap("select * from access_log order by id desc fetch first 1 rows only");
        jdbc.update("delete from access_log where id = ?", newest.get("id"));
        assertThat(verification().get("valid").asBoolean()).as("not sealed yet: nothing says it was there").isTrue();
        reinsert("access_log", List.of(newest));

        AccessLogSealed sealed = accessLog.seal().orElseThrow();
        awaitAllSealed();
        assertThat(sealed.through()).isEqualTo(((Number) newest.get("id")).longValue());
        assertValidAgain();
        jdbc.update("delete from access_log where id = ?", newest.get("id"));

        JsonNode result = verification();
        assertThat(result.get("valid").asBoolean()).isFalse();
        JsonNode check = result.get("records").get(0);
        assertThat(check.get("name").asText()).isEqualTo("access-log");
        assertThat(check.get("valid").asBoolean()).isFalse();
        assertThat(check.get("firstBroken").asLong()).as("the first entry of the seal it was in")
            .isEqualTo(sealed.after() + 1);
        reinsert("access_log", List.of(newest));
        assertValidAgain();
    }

    @Test
    void aForgedSnapshotIsNeverRead() {
        String incident = (String) target.get("aggregate_identifier");
        jdbc.update(
                "insert into snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier, "
                        + "time_stamp, payload_type, payload, meta_data) values (?, ?, ?, ?, ?, ?, ?, ?)",
                incident, 100L, "Incident", UUID.randomUUID().toString(), target.get("time_stamp"),
                "org.safeguarding.incident.incident.Incident",
                "{\"status\":\"CLOSED\"}".getBytes(StandardCharsets.UTF_8), null);

        Api.Response note = api.as("dsl")
            .post("/api/incidents/" + incident + "/notes", Map.of("text", "Still open and ours"));

        assertThat(note.status()).as(note.toString()).isEqualTo(200);
        assertThat(note.json().get("version").asLong()).isLessThan(100);
        jdbc.update("delete from snapshot_event_entry where aggregate_identifier = ?", incident);
    }

    @Test
    void aCheckpointAndAnExportVerifyWithThePublicKeyAlone(@TempDir Path work) throws Exception {
        Api.Response publicKey = api.anonymous().get("/api/audit/public-key");
        assertThat(publicKey.status()).isEqualTo(200);
        assertThat(publicKey.body()).startsWith("-----BEGIN PUBLIC KEY-----");
        String incident = (String) target.get("aggregate_identifier");
        Api.Response chronology = api.as("dsl").get("/api/incidents/" + incident + "/chronology", "Accept", "text/csv");
        assertThat(chronology.status()).as(chronology.toString()).isEqualTo(200);
        JsonNode checkpoint = api.as("governor").get("/api/audit/checkpoints").json().get("content").get(0);
        assertThat(chronology.header("Export-Checkpoint"))
            .isEqualTo(checkpoint.get("position").asText() + ":" + checkpoint.get("head").asText());
        byte[] signedText = ("incident-service\n" + checkpoint.get("position").asText() + "\n"
                + checkpoint.get("head").asText() + "\n" + checkpoint.get("issuedAt").asText() + "\n")
            .getBytes(StandardCharsets.UTF_8);
        var signatures = new Signatures(work, publicKey.body());

        assertThat(signatures.verify(chronology.bytes(), chronology.header("Export-Signature"))).isTrue();
        assertThat(signatures.verify(signedText, checkpoint.get("signature").asText())).isTrue();
        byte[] altered = (chronology.body() + "1,added later\r\n").getBytes(StandardCharsets.UTF_8);
        assertThat(signatures.verify(altered, chronology.header("Export-Signature"))).isFalse();
        for (String type : List.of("application/json", "application/pdf")) {
            Api.Response export = api.as("dsl").get("/api/incidents/" + incident + "/chronology", "Accept", type);
            assertThat(signatures.verify(export.bytes(), export.header("Export-Signature"))).as(type).isTrue();
        }
    }

    private void reinsert(String table, List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            List<String> columns = List.copyOf(row.keySet());
            jdbc.update(
                    "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                            + String.join(", ", columns.stream().map(column -> "?").toList()) + ")",
                    columns.stream().map(row::get).toArray());
        }
    }

    private static String mac(byte[] key, String kind, Object... fields) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        for (Object field : Stream.concat(Stream.of(kind), Arrays.stream(fields)).toList()) {
            byte[] bytes = field == null ? null
                    : field instanceof byte[] raw ? raw : field.toString().getBytes(StandardCharsets.UTF_8);
            mac.update(ByteBuffer.allocate(4).putInt(bytes == null ? -1 : bytes.length).array());
            if (bytes != null) {
                mac.update(bytes);
            }
        }
        return HexFormat.of().formatHex(mac.doFinal());
    }

}
