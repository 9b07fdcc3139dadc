package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.incident.incident.AccessLog;
import org.safeguarding.incident.incident.AccessLogPurged;
import org.safeguarding.incident.retention.RetentionCheck;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.MutableClock;
import org.safeguarding.kernel.testing.ProjectionRebuilds;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.safeguarding.kernel.testing.Signatures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Retention over real HTTP with the clock moved on: a record is due only once its rule
 * says so, the DSL proposes its disposal, a second person approves it (never the
 * proposer), a legal hold stops it, and the disposed record leaves every view while the
 * record's verification stays valid and the certificate is signed. Run on H2 and on
 * PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(MutableClock.InTheService.class)
@TestPropertySource(properties = "safeguarding.post-service.url=http://localhost:9")
abstract class RetentionContract extends ServiceOverHttp {

    /**
     * The day after Amy (born 2 May 2014) turns 25: her child-protection file falls due.
     */
    private static final Instant AFTER_AMY_IS_25 = Instant.parse("2039-05-03T12:00:00Z");

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
            'R', 1, 2, 3, 4 };

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RetentionCheck retentionCheck;

    @Autowired
    AccessLog accessLog;

    @BeforeEach
    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    private String reportAboutAmy(String summary, String dateOfBirth) {
        return reportAbout("Amy Brown", summary, dateOfBirth);
    }

    private String reportAbout(String pupil, String summary, String dateOfBirth) {
        Map<String, Object> body = IncidentApiContract.yellowForm(summary);
        body.put("subjects", List.of(dateOfBirth == null ? Map.of("kind", "PUPIL", "name", pupil, "ref", "P-17")
                : Map.of("kind", "PUPIL", "name", pupil, "ref", "P-17", "dateOfBirth", dateOfBirth)));
        Api.Response reported = api.as("teacher").post("/api/incidents", body);
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        return reported.json().get("id").asText();
    }

    private void close(String id) {
        Api.Response closed = api.as("dsl")
            .post("/api/incidents/" + id + "/closure",
                    Map.of("outcome", "RESOLVED", "rationale", "Both families spoken to; the messages stopped"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    }

    private JsonNode retentionOf(String id) {
        for (JsonNode each : api.as("dsl").get("/api/retention").json()) {
            if (each.get("incidentId").asText().equals(id)) {
                return each;
            }
        }
        throw new AssertionError("No retention for " + id);
    }

    private List<String> due(String user) {
        Api.Response due = api.as(user).get("/api/retention/due");
        assertThat(due.status()).as(due.toString()).isEqualTo(200);
        return due.json().findValuesAsText("incidentId");
    }

    private Api.Response propose(String user, String rule, String... ids) {
        return api.as(user).post("/api/disposals", Map.of("incidentIds", List.of(ids), "rule", rule));
    }

    private static String problem(Api.Response response) {
        return response.json().get("type").asText().replaceAll(".*/problems/", "");
    }

    @Test
    void aChildProtectionFileIsDueWhenTheChildIs25AndDisposedOfOnlyWithASecondPersonsApproval(@TempDir Path work)
            throws Exception {
        String id = reportAbout("Amy Quennell", "Messages about Amy in a class group chat", "2014-05-02");
        Api.Response evidence = api.as("dsl")
            .postBytes("/api/incidents/" + id + "/evidence", EvidenceContract.multipart("chat.png", "image/png", PNG),
                    "multipart/form-data; boundary=" + EvidenceContract.BOUNDARY);
        assertThat(evidence.status()).as(evidence.toString()).isEqualTo(201);
        close(id);
        assertThat(DatabaseSearch.placesHolding(jdbc, "Quennell")).as("before the disposal, the views name her")
            .contains("pupil_on_record.name");

        JsonNode retention = retentionOf(id);
        assertThat(retention.get("rule").asText()).isEqualTo("CHILD_PROTECTION");
        assertThat(retention.get("retainUntil").asText()).isEqualTo("2039-05-02");
        assertThat(retention.get("flags")).isEmpty();
        assertThat(due("dsl")).doesNotContain(id);

        clock.set(AFTER_AMY_IS_25);
        assertThat(due("dsl")).contains(id);
        assertThat(due("head")).contains(id);
        assertThat(due("chair")).contains(id);
        assertThat(api.as("teacher").get("/api/retention/due").status()).isEqualTo(403);
        assertThat(api.as("governor").get("/api/retention/due").status()).isEqualTo(403);

        assertThat(problem(propose("head", "CHILD_PROTECTION", id))).isEqualTo("only-dsl-proposes-disposal");
        assertThat(problem(propose("dsl", "E_SAFETY", id))).isEqualTo("rule-does-not-apply");
        Api.Response proposed = propose("dsl", "CHILD_PROTECTION", id);
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String disposal = proposed.json().get("id").asText();
        assertThat(proposed.json().get("status").asText()).isEqualTo("PROPOSED");
        assertThat(proposed.header("Location")).isEqualTo("/api/disposals/" + disposal);
        assertThat(
                problem(api.as("dsl").get("/api/disposals/" + disposal + "/certificate", "Accept", "application/json")))
            .isEqualTo("disposal-not-completed");

        Api.Response byTheProposer = api.as("dsl").post("/api/disposals/" + disposal + "/approval");
        assertThat(byTheProposer.status()).isEqualTo(403);
        assertThat(problem(byTheProposer)).isEqualTo("proposer-cannot-approve");
        assertThat(problem(api.as("deputy").post("/api/disposals/" + disposal + "/approval")))
            .isEqualTo("only-headteacher-or-chair-approves");

        Instant beforeTheDisposal = Instant.now();
        Api.Response approved = api.as("head").post("/api/disposals/" + disposal + "/approval");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("DISPOSED");
        assertThat(approved.json().get("decidedBy").asText()).isEqualTo("head");
        assertThat(approved.json().get("disposed").asInt()).isEqualTo(1);
        assertThat(problem(api.as("chair").post("/api/disposals/" + disposal + "/approval")))
            .isEqualTo("disposal-not-pending");

        JsonNode view = api.as("dsl").get("/api/incidents/" + id).json();
        assertThat(view.toString()).doesNotContain("Amy").doesNotContain("P-17").doesNotContain("group chat");
        assertThat(view.get("summary").asText()).isEqualTo("[disposed]");
        assertThat(view.get("disposedAt").isNull()).isFalse();
        JsonNode chronology = api.as("dsl").get("/api/incidents/" + id + "/timeline").json();
        assertThat(chronology.findValuesAsText("type")).containsExactly("IncidentDisposed");
        assertThat(chronology.toString()).doesNotContain("Amy").doesNotContain("chat.png");
        assertThat(jdbc.queryForObject("select count(*) from evidence_file where incident_id = ?", Integer.class, id))
            .isZero();
        assertThat(due("dsl")).doesNotContain(id);
        assertThat(jdbc.queryForObject(
                "select keyset is null and erased_at is not null from subject_key where key_id = ?", Boolean.class, id))
            .as("the record's key is erased with it")
            .isTrue();
        assertThat(DatabaseSearch.placesHolding(jdbc, "Quennell"))
            .as("no table holds her name in plain text, in any column, text or bytes")
            .isEmpty();
        assertThat(api.as("dsl").get("/api/incidents/" + id + "?asOf=" + beforeTheDisposal).body())
            .as("replayed from the events, as it stood before the disposal")
            .doesNotContain("Amy")
            .doesNotContain("P-17")
            .contains("[erased]");
        Api.Response note = api.as("dsl").post("/api/incidents/" + id + "/notes", Map.of("text", "Amy again"));
        assertThat(note.status()).isEqualTo(409);
        assertThat(problem(note)).isEqualTo("incident-disposed");

        String disposalBefore = api.as("dsl").get("/api/disposals/" + disposal).body();
        ProjectionRebuilds.rebuildEach(api);
        assertThat(api.as("dsl").get("/api/incidents/" + id).body()).as("after every projection is rebuilt")
            .doesNotContain("Amy")
            .contains("[disposed]");
        assertThat(api.as("dsl").get("/api/incidents/" + id + "/timeline").json().findValuesAsText("type"))
            .containsExactly("IncidentDisposed");
        assertThat(api.as("dsl").get("/api/disposals/" + disposal).body()).isEqualTo(disposalBefore);
        assertThat(due("dsl")).doesNotContain(id);

        String recordDisposed = new String(
                jdbc.queryForObject("select payload from domain_event_entry where payload_type like '%RecordDisposed'",
                        byte[].class),
                StandardCharsets.UTF_8);
        assertThat(recordDisposed).contains("CHILD_PROTECTION").contains("dsl").contains("head").doesNotContain("Amy");

        Api.Response publicKey = api.anonymous().get("/api/audit/public-key");
        Signatures signatures = new Signatures(work, publicKey.body());
        for (String type : List.of("application/json", "application/pdf")) {
            Api.Response certificate = api.as("chair")
                .get("/api/disposals/" + disposal + "/certificate", "Accept", type);
            assertThat(certificate.status()).as(type + " " + certificate).isEqualTo(200);
            assertThat(certificate.header("Export-Signature")).isNotBlank();
            assertThat(signatures.verify(certificate.bytes(), certificate.header("Export-Signature"))).as(type)
                .isTrue();
        }
        JsonNode certificate = api.as("dsl")
            .get("/api/disposals/" + disposal + "/certificate", "Accept", "application/json")
            .json();
        assertThat(certificate.get("count").asInt()).isEqualTo(1);
        assertThat(certificate.get("approvedBy").asText()).isEqualTo("head");
        assertThat(certificate.get("incidentIds").get(0).asText()).isEqualTo(id);
        assertThat(certificate.toString()).doesNotContain("Amy");

        clock.set(Instant.now());
        JsonNode verification = await().atMost(Duration.ofSeconds(20))
            .until(() -> api.as("governor").get("/api/audit/verification").json(),
                    result -> result.get("pending").asLong() == 0);
        assertThat(verification.get("valid").asBoolean()).as(verification.toString()).isTrue();
    }

    @Test
    void aLegalHoldKeepsACaseOffTheDueListAndRefusesADisposalIncludingIt() {
        String held = reportAboutAmy("Messages under police investigation", "2014-05-02");
        String other = reportAboutAmy("Messages in another chat", "2014-05-02");
        close(held);
        close(other);
        Api.Response hold = api.as("head")
            .post("/api/incidents/" + held + "/legal-hold", Map.of("reason", "Police investigation 45/2026/1234"));
        assertThat(hold.status()).as(hold.toString()).isEqualTo(200);
        assertThat(hold.json().get("legalHold").asBoolean()).isTrue();
        assertThat(api.as("teacher").post("/api/incidents/" + held + "/legal-hold", Map.of("reason", "x")).status())
            .isEqualTo(403);
        assertThat(problem(api.as("dsl").post("/api/incidents/" + held + "/legal-hold", Map.of("reason", "again"))))
            .isEqualTo("legal-hold-already-placed");

        clock.set(AFTER_AMY_IS_25);

        assertThat(due("dsl")).contains(other).doesNotContain(held);
        assertThat(retentionOf(held).get("legalHold").asBoolean()).isTrue();
        Api.Response refused = propose("dsl", "CHILD_PROTECTION", other, held);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(problem(refused)).isEqualTo("record-on-legal-hold");

        String disposal = propose("dsl", "CHILD_PROTECTION", other).json().get("id").asText();
        assertThat(api.as("dsl")
            .post("/api/incidents/" + other + "/legal-hold", Map.of("reason", "An inquiry asked"))
            .status()).isEqualTo(200);
        Api.Response approval = api.as("chair").post("/api/disposals/" + disposal + "/approval");
        assertThat(approval.status()).as(approval.toString()).isEqualTo(409);
        assertThat(problem(approval)).isEqualTo("record-on-legal-hold");
        assertThat(api.as("dsl").get("/api/incidents/" + other).json().get("summary").asText())
            .isEqualTo("Messages in another chat");

        Api.Response lifted = api.as("dsl").delete("/api/incidents/" + other + "/legal-hold");
        assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
        assertThat(lifted.json().get("legalHold").asBoolean()).isFalse();
        assertThat(problem(api.as("dsl").delete("/api/incidents/" + other + "/legal-hold"))).isEqualTo("no-legal-hold");
        Api.Response rejected = api.as("chair")
            .post("/api/disposals/" + disposal + "/rejection", Map.of("reason", "Keep until the inquiry reports"));
        assertThat(rejected.json().get("status").asText()).isEqualTo("REJECTED");
        assertThat(due("dsl")).contains(other);
    }

    @Test
    void aCorrectedDateOfBirthIsANewStepWithItsReasonAndMovesTheRetentionDate() {
        String id = reportAboutAmy("Messages about Amy", null);
        JsonNode before = retentionOf(id);
        assertThat(before.get("flags").get(0).asText()).startsWith("pupil's date of birth missing");

        Api.Response corrected = api.as("dsl")
            .put("/api/incidents/" + id + "/subjects",
                    Map.of("subjects", List
                        .of(Map.of("kind", "PUPIL", "name", "Amy Brown", "ref", "P-17", "dateOfBirth", "2014-05-02")),
                            "reason", "Date of birth from the admissions register"));

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().get("subjects").get(0).get("dateOfBirth").asText()).isEqualTo("2014-05-02");
        JsonNode steps = api.as("dsl").get("/api/incidents/" + id + "/chronology", "Accept", "application/json").json();
        assertThat(steps.toString()).contains("IncidentReported")
            .contains("SubjectsCorrected")
            .contains("[PUPIL Amy Brown P-17] to [PUPIL Amy Brown P-17 born 2014-05-02]")
            .contains("Date of birth from the admissions register");
        JsonNode after = retentionOf(id);
        assertThat(after.get("retainUntil").asText()).isEqualTo("2039-05-02");
        assertThat(after.get("flags")).isEmpty();
        assertThat(api.as("teacher").post("/api/incidents", withBirth("2999-01-01")).status())
            .as("a date of birth in the future")
            .isEqualTo(422);
    }

    private static Map<String, Object> withBirth(String dateOfBirth) {
        Map<String, Object> body = IncidentApiContract.yellowForm("Born in the future");
        body.put("subjects", List.of(Map.of("kind", "PUPIL", "name", "Amy Brown", "dateOfBirth", dateOfBirth)));
        return body;
    }

    @Test
    void anAllegationClosedAsMaliciousLeavesTheReportersViewButStaysInTheSafeguardingRecord() {
        Api.Response reported = api.as("teacher")
            .post("/api/incidents", IncidentApiContract.allegation("A parent says Mr Green messaged a pupil"));
        String id = reported.json().get("id").asText();
        assertThat(api.as("head")
            .post("/api/incidents/" + id + "/lado-decision-not-to-refer",
                    Map.of("rationale", "The LADO agreed on the phone: no threshold"))
            .status()).isEqualTo(200);
        Api.Response closed = api.as("head")
            .post("/api/incidents/" + id + "/closure",
                    Map.of("outcome", "MALICIOUS", "rationale", "The parent admitted inventing the messages"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);

        JsonNode reporters = api.as("teacher").get("/api/incidents/" + id).json();
        JsonNode caseFile = api.as("head").get("/api/incidents/" + id).json();

        assertThat(reporters.get("subjects").toString()).doesNotContain("Mr Green").contains("Amy Brown");
        assertThat(caseFile.get("subjects").toString()).contains("Mr Green");
        assertThat(caseFile.get("outcome").asText()).isEqualTo("MALICIOUS");
        assertThat(retentionOf(id).get("rule").asText()).isEqualTo("CHILD_PROTECTION");
    }

    @Test
    void aDisposedAllegationKeepsNoNameAndStaysHiddenFromTheAdultItNamed() {
        Map<String, Object> body = IncidentApiContract.allegation("A parent says Mrs Senior messaged a pupil");
        body.put("subjects", List.of(Map.of("kind", "STAFF", "name", "Mrs Sue Senior", "ref", "slt")));
        String id = api.as("teacher").post("/api/incidents", body).json().get("id").asText();
        api.as("head")
            .post("/api/incidents/" + id + "/lado-decision-not-to-refer",
                    Map.of("rationale", "The LADO agreed on the phone: no threshold"));
        assertThat(api.as("head")
            .post("/api/incidents/" + id + "/closure",
                    Map.of("outcome", "UNSUBSTANTIATED", "rationale", "No evidence either way"))
            .status()).isEqualTo(200);
        assertThat(retentionOf(id).get("flags").get(0).asText()).startsWith("adult's date of birth missing");

        clock.set(Instant.now().plus(Duration.ofDays(11 * 366)));
        assertThat(due("dsl")).contains(id);
        String disposal = propose("dsl", "ALLEGATION_AGAINST_ADULT", id).json().get("id").asText();
        assertThat(api.as("chair").post("/api/disposals/" + disposal + "/approval").status()).isEqualTo(200);

        assertThat(api.as("dsl").get("/api/incidents/" + id).body()).doesNotContain("Sue Senior");
        assertThat(api.as("slt").get("/api/incidents/" + id).status()).isEqualTo(404);
    }

    @Test
    void theDailyCheckPurgesAccessLogEntriesOlderThanSixYearsAndVerificationStaysValid() {
        String id = reportAboutAmy("Read long ago", "2014-05-02");
        api.as("dsl").get("/api/incidents/" + id);
        long entries = jdbc.queryForObject("select count(*) from access_log where incident_id = ?", Long.class, id);
        assertThat(entries).isPositive();
        clock.set(Instant.now().plus(Duration.ofMinutes(2)));
        long newest = jdbc.queryForObject("select max(id) from access_log", Long.class);
        assertThat(accessLog.seal()).as("sealed before the purge")
            .hasValueSatisfying(sealed -> assertThat(sealed.through()).isEqualTo(newest));

        clock.set(Instant.now().plus(Duration.ofDays(6 * 366 + 1)));
        int purged = retentionCheck.run().accessLogPurged();

        assertThat(purged).isGreaterThanOrEqualTo((int) entries);
        assertThat(jdbc.queryForObject("select count(*) from access_log where incident_id = ?", Long.class, id))
            .isZero();
        clock.set(Instant.now());
        assertThat(api.as("governor").get("/api/audit/verification").json().get("valid").asBoolean())
            .as("the purge is recorded with the seals, so the sealed entries it took are not missed")
            .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where payload_type = ?", Long.class,
                AccessLogPurged.class.getName()))
            .isEqualTo(1);
    }

}
