package org.safeguarding.incident.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.deadline.DeadlineReconciler;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.ReconcilerPasses;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A transfer on one service's own database, sent to itself (the school is its own next
 * school): who may do what, that the passphrase is stored nowhere and the file only
 * encrypted, that every incident put in the file is in the access log, and the import and
 * receipt on the real event store. Run on H2 and on PostgreSQL by the subclasses; the
 * round trip between two schools is {@link TransferRoundTripIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
// Only the start-up reconciling pass and the one a test runs itself.
@TestPropertySource(
        properties = { "safeguarding.post-service.url=http://localhost:9", "safeguarding.school.name=Birch School",
                "safeguarding.reconciler.interval=PT1H", "safeguarding.reconciler.settle=PT0S" })
abstract class TransferContract extends ServiceOverHttp {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DeadlineReconciler reconciler;

    private String reported(String pupilRef) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("form", "SAFEGUARDING");
        body.put("category", "INAPPROPRIATE_CONTACT");
        body.put("summary", "An adult stranger messaged the pupil");
        body.put("details", "Messages on a gaming platform asking to meet");
        body.put("occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).toString());
        body.put("channel", "OTHER_ONLINE");
        body.put("platform", "Roblox");
        body.put("subjects", List.of(Map.of("kind", "PUPIL", "name", "Zoe Quill", "ref", pupilRef)));
        Api.Response reported = api.as("teacher").post("/api/incidents", body);
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        return reported.json().get("id").asText();
    }

    @Test
    void onlyTheDslSendsImportsAndRecordsWhileTheHeadteacherFollowsTheClock() {
        String incident = reported("P-41");
        Map<String, String> to = Map.of("toSchool", "Birch School", "toDsl", "Mr Birch");

        assertRefused(api.as("teacher").post("/api/pupils/P-41/transfer", to));
        assertRefused(api.as("head").post("/api/pupils/P-41/transfer", to));
        assertRefused(api.as("governor").get("/api/transfers"));
        Api.Response none = api.as("dsl").post("/api/pupils/P-nobody/transfer", to);
        assertThat(none.status()).as(none.toString()).isEqualTo(422);
        assertThat(none.json().get("type").asText()).endsWith("/nothing-to-transfer");

        Api.Response sent = api.as("dsl").post("/api/pupils/P-41/transfer", to);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        String transferId = sent.json().get("transfer").get("id").asText();
        assertThat(sent.json().get("transfer").get("incidentIds").get(0).asText()).isEqualTo(incident);
        assertThat(api.as("head").get("/api/transfers/" + transferId).json().get("status").asText()).isEqualTo("SENT");
        assertRefused(api.as("head").get("/api/transfers/" + transferId + "/bundle"));
        assertThat(api.as("dsl").get("/api/transfers/no-such-transfer").status()).isEqualTo(404);
        assertThat(jdbc.queryForList("select action from access_log where incident_id = ?", String.class, incident))
            .contains("TRANSFER");
    }

    @Test
    void thePassphraseIsStoredNowhereAndTheFileOnlyEncrypted() {
        reported("P-42");
        Api.Response sent = api.as("dsl")
            .post("/api/pupils/P-42/transfer", Map.of("toSchool", "Birch School", "toDsl", "Mr Birch"),
                    "Idempotency-Key", "transfer-P-42");
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        String transferId = sent.json().get("transfer").get("id").asText();
        String passphrase = sent.json().get("passphrase").asText();

        Api.Response repeated = api.as("dsl")
            .post("/api/pupils/P-42/transfer", Map.of("toSchool", "Birch School", "toDsl", "Mr Birch"),
                    "Idempotency-Key", "transfer-P-42");
        assertThat(repeated.body()).contains(transferId).doesNotContain(passphrase);
        List<String> stored = jdbc.queryForList("select payload from domain_event_entry", byte[].class)
            .stream()
            .map(payload -> new String(payload, StandardCharsets.UTF_8))
            .toList();
        assertThat(stored).isNotEmpty().noneMatch(payload -> payload.contains(passphrase));
        assertThat(jdbc.queryForList("select * from idempotency_record").toString()).doesNotContain(passphrase);
        String file = new String(jdbc.queryForObject("select content from transfer_file where transfer_id = ?",
                byte[].class, transferId), StandardCharsets.UTF_8);
        assertThat(file).contains(transferId)
            .doesNotContain("Zoe Quill")
            .doesNotContain("P-42")
            .doesNotContain(passphrase);
    }

    @Test
    void aFileSentToThisSchoolIsImportedOnceAndItsReceiptRecorded() {
        reported("P-43");
        Api.Response sent = api.as("dsl")
            .post("/api/pupils/P-43/transfer", Map.of("toSchool", "Birch School", "toDsl", "Mr Birch"));
        String transferId = sent.json().get("transfer").get("id").asText();
        String passphrase = sent.json().get("passphrase").asText();
        byte[] file = api.as("dsl").get("/api/transfers/" + transferId + "/bundle").bytes();
        String file64 = Base64.getEncoder().encodeToString(file);

        Api.Response withoutKey = api.as("dsl")
            .post("/api/transfers/import", Map.of("bundle", file64, "passphrase", passphrase));
        assertThat(withoutKey.status()).as(withoutKey.toString()).isEqualTo(422);
        assertThat(withoutKey.json().get("type").asText()).endsWith("/school-key-unknown");
        assertRefused(api.as("head").post("/api/transfers/import", Map.of("bundle", file64, "passphrase", passphrase)));

        String key = api.anonymous().get("/api/audit/public-key").body();
        Api.Response imported = api.as("deputy")
            .post("/api/transfers/import", Map.of("bundle", file64, "passphrase", passphrase, "publicKey", key));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        String received = imported.json().get("incidents").get(0).get("id").asText();
        JsonNode view = api.as("deputy").get("/api/incidents/" + received).json();
        assertThat(view.get("receivedFrom").get("transferId").asText()).isEqualTo(transferId);
        assertThat(view.get("reportedBy").asText()).isEqualTo("deputy");
        assertThat(view.get("acknowledged").asBoolean()).isTrue();
        assertThat(view.get("deadlines")).isEmpty();

        Api.Response again = api.as("dsl").get("/api/transfers/imported/" + transferId + "/receipt");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("document")).isEqualTo(imported.json().get("receipt").get("document"));
        assertThat(api.as("dsl").get("/api/transfers/imported/no-such-transfer/receipt").status()).isEqualTo(404);

        Api.Response recorded = api.as("dsl").post("/api/transfers/" + transferId + "/receipt", again.body());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.json().get("status").asText()).isEqualTo("RECEIVED");
        assertThat(recorded.json().get("receipt").get("receivedBy").asText()).isEqualTo("deputy");
        assertThat(recorded.json().get("receipt").get("withinDeadline").asBoolean()).isTrue();
        assertThat(recorded.json().has("passphrase")).isFalse();
    }

    @Test
    void aReceiptClockDeletedFromTheSchedulerIsPutBackByTheReconciler() {
        ReconcilerPasses.awaitStartUpPass(jdbc);
        reported("P-44");
        Api.Response sent = api.as("dsl")
            .post("/api/pupils/P-44/transfer", Map.of("toSchool", "Birch School", "toDsl", "Mr Birch"));
        String transferId = sent.json().get("transfer").get("id").asText();
        // The saga schedules the clock on its own thread; it has once its association is
        // stored.
        await().atMost(Duration.ofSeconds(30))
            .until(() -> jdbc.queryForObject("select count(*) from association_value_entry where association_key = "
                    + "'transferId' and association_value = ?", Integer.class, transferId) > 0);
        String held = "select count(*) from scheduled_tasks where task_name = 'AxonDeadline' and task_data is not null";
        jdbc.update("delete from scheduled_tasks where task_name = 'AxonDeadline'");

        reconciler.reconcile();

        assertThat(jdbc.queryForList("select payload_type from domain_event_entry where aggregate_identifier = ?"
                + " order by sequence_number", String.class, transferId))
            .last()
            .asString()
            .endsWith("TransferDeadlineReinstated");
        await("the saga scheduling the clock again").atMost(Duration.ofSeconds(30))
            .until(() -> jdbc.queryForObject(held, Integer.class) > 0);
    }

}
