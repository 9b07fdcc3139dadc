package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.projection.ProjectionReplay;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * incident-service over real HTTP against its real event store, run on H2 and on
 * PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@AutoConfigureObservability
@TestPropertySource(properties = "safeguarding.post-service.url=http://localhost:9")
abstract class IncidentApiContract extends ServiceOverHttp {

    private static final List<String> DEMO_USERS = List.of("teacher", "teacher2", "computing", "dsl", "head", "deputy",
            "slt", "chair", "governor", "admin", "service");

    @Autowired
    ProjectionReplay replay;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        setComputingLeadAvailable(true);
    }

    private void setComputingLeadAvailable(boolean available) {
        assertThat(
                api.as("computing").put("/api/staff/computing/availability", Map.of("available", available)).status())
            .isEqualTo(200);
    }

    static Map<String, Object> orangeForm(String summary) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("form", "E_SAFETY");
        body.put("category", "UNDERMINING_COMMENT");
        body.put("summary", summary);
        body.put("details", "A reply on the school's Twitter account says the Year 2 teacher cannot be trusted.");
        body.put("occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).toString());
        body.put("channel", "SCHOOL_ACCOUNT");
        body.put("platform", "Twitter");
        body.put("contentRef", Map.of("type", "COMMENT", "id", "comment-" + UUID.randomUUID()));
        body.put("subjects", List.of(Map.of("kind", "STAFF", "name", "Mrs Smith")));
        body.put("allegationAgainstAdult", false);
        return body;
    }

    static Map<String, Object> yellowForm(String summary) {
        Map<String, Object> body = orangeForm(summary);
        body.put("form", "SAFEGUARDING");
        body.put("category", "CYBERBULLYING");
        body.put("channel", "OTHER_ONLINE");
        body.remove("contentRef");
        body.put("subjects", List.of(Map.of("kind", "PUPIL", "name", "Amy Brown", "ref", "P-17")));
        return body;
    }

    static Map<String, Object> allegation(String summary) {
        Map<String, Object> body = orangeForm(summary);
        body.put("form", "SAFEGUARDING");
        body.put("category", "STAFF_CONDUCT");
        body.put("channel", "PERSONAL_ACCOUNT");
        body.remove("contentRef");
        body.put("subjects",
                List.of(Map.of("kind", "STAFF", "name", "Mr Green"), Map.of("kind", "PUPIL", "name", "Amy Brown")));
        body.put("allegationAgainstAdult", true);
        return body;
    }

    private String report(String username, Map<String, Object> form) {
        Api.Response created = api.as(username).post("/api/incidents", form);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private JsonNode view(String username, String id) {
        Api.Response response = api.as(username).get("/api/incidents/" + id);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    @Test
    void dimpleWellJourney_orangeFormGoesToTheDslWhenTheComputingLeadIsUnavailable() {
        setComputingLeadAvailable(false);

        Api.Response created = api.as("teacher")
            .post("/api/incidents", orangeForm("Comment undermining Year 2 teacher"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/incidents/" + created.json().get("id").asText());
        JsonNode reported = created.json();
        assertThat(reported.get("level").asText()).isEqualTo("DSL");
        assertThat(reported.get("assignedRole").asText()).isEqualTo("DSL");
        assertThat(reported.get("status").asText()).isEqualTo("OPEN");
        assertThat(reported.get("acknowledged").asBoolean()).isFalse();
        assertThat(reported.get("deadlines").get(0).get("kind").asText()).isEqualTo("ACKNOWLEDGEMENT");
        assertThat(reported.get("version").asLong()).isZero();
        String id = reported.get("id").asText();

        JsonNode acknowledged = api.as("dsl").post("/api/incidents/" + id + "/acknowledgement").json();
        assertThat(acknowledged.get("acknowledged").asBoolean()).isTrue();
        assertThat(acknowledged.get("deadlines")).isEmpty();

        Api.Response closed = api.as("dsl")
            .post("/api/incidents/" + id + "/closure",
                    Map.of("outcome", "RESOLVED", "rationale", "Comment removed; parent invited in to discuss"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.json().get("outcome").asText()).isEqualTo("RESOLVED");
        assertThat(closed.json().get("version").asLong()).isEqualTo(2);

        JsonNode timeline = api.as("dsl").get("/api/incidents/" + id + "/timeline").json();
        assertThat(timeline).hasSize(3);
        assertThat(timeline.get(0).get("type").asText()).isEqualTo("IncidentReported");
        assertThat(timeline.get(0).get("actor").get("username").asText()).isEqualTo("teacher");
        assertThat(timeline.get(0).get("summary").asText()).contains("computing lead is unavailable");
        assertThat(timeline.get(1).get("actor").get("role").asText()).isEqualTo("DSL");
        assertThat(timeline.get(2).get("reason").asText()).isEqualTo("Comment removed; parent invited in to discuss");
        assertThat(timeline.get(2).get("at").asText()).isNotBlank();

        JsonNode asReported = api.as("dsl")
            .get("/api/incidents/" + id + "?asOf=" + timeline.get(0).get("at").asText())
            .json();
        assertThat(asReported.get("status").asText()).isEqualTo("OPEN");
        assertThat(asReported.get("acknowledged").asBoolean()).isFalse();
        assertThat(asReported.get("version").asLong()).isZero();

        Api.Response closedTwice = api.as("dsl")
            .post("/api/incidents/" + id + "/closure", Map.of("outcome", "RESOLVED", "rationale", "again"));
        assertThat(closedTwice.status()).isEqualTo(409);
        assertThat(closedTwice.contentType()).isEqualTo("application/problem+json");
        assertThat(closedTwice.json().get("type").asText()).endsWith("/problems/already-closed");
    }

    @Test
    void theOrangeFormGoesToTheComputingLeadWhenAvailable() {
        JsonNode reported = api.as("teacher").post("/api/incidents", orangeForm("Offensive reply")).json();

        assertThat(reported.get("level").asText()).isEqualTo("COMPUTING_LEAD");
        assertThat(reported.get("assignedRole").asText()).isEqualTo("COMPUTING_LEAD");
    }

    @Test
    void anAllegationAgainstAnAdultGoesToTheHeadteacherWithALadoDecisionDue() {
        String id = report("teacher", allegation("Teaching assistant messaging a pupil on Instagram"));
        JsonNode view = view("head", id);

        assertThat(view.get("level").asText()).isEqualTo("SLT");
        assertThat(view.get("assignedRole").asText()).isEqualTo("HEADTEACHER");
        assertThat(view.findValuesAsText("kind")).contains("ACKNOWLEDGEMENT", "LADO_DECISION");

        Api.Response closeEarly = api.as("head")
            .post("/api/incidents/" + id + "/closure", Map.of("outcome", "UNFOUNDED", "rationale", "No evidence"));
        assertThat(closeEarly.status()).isEqualTo(422);
        assertThat(closeEarly.json().get("violations").get(0).get("code").asText()).isEqualTo("LADO_DECISION_REQUIRED");

        Api.Response referred = api.as("head")
            .post("/api/incidents/" + id + "/lado-referral",
                    Map.of("adult",
                            Map.of("name", "Mr Green", "role", "Teaching assistant", "employmentStatus", "Permanent"),
                            "allegation",
                            Map.of("what", "Private messages to a pupil", "when", "Last week", "where", "Instagram",
                                    "howItCameToLight", "Pupil told her teacher"),
                            "childrenInvolved", List.of("Amy Brown"), "actionsTaken",
                            "Access to school accounts suspended", "informed",
                            Map.of("parents", true, "police", false, "hr", true)));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(200);
        assertThat(referred.json().get("referrals").toString()).contains("LADO");
        assertThat(referred.json().findValuesAsText("kind")).doesNotContain("LADO_DECISION");
    }

    @Test
    void needToKnow_eachDemoUserAgainstEachIncident() {
        String eSafety = report("teacher", orangeForm("Offensive language in replies"));
        String safeguarding = report("teacher2", yellowForm("Pupil bullied in a group chat"));
        String allegation = report("teacher", allegation("Concern about a teaching assistant"));

        Map<String, Map<String, Integer>> expected = new LinkedHashMap<>();
        expected.put(eSafety, statuses(200, 404, 200, 200, 200, 200, 404, 404, 403, 403, 403));
        expected.put(safeguarding, statuses(404, 200, 404, 200, 200, 200, 404, 404, 403, 403, 403));
        expected.put(allegation, statuses(200, 404, 404, 200, 200, 200, 404, 404, 403, 403, 403));

        List<String> mismatches = new ArrayList<>();
        expected.forEach((id, byUser) -> byUser.forEach((user, status) -> {
            int view = api.as(user).get("/api/incidents/" + id).status();
            int timeline = api.as(user).get("/api/incidents/" + id + "/timeline").status();
            if (view != status || timeline != status) {
                mismatches
                    .add(user + " on " + id + ": view " + view + ", timeline " + timeline + ", expected " + status);
            }
        }));
        assertThat(mismatches).isEmpty();

        assertThat(listedIds("teacher2")).contains(safeguarding).doesNotContain(eSafety, allegation);
        assertThat(listedIds("computing")).contains(eSafety).doesNotContain(safeguarding, allegation);
        assertThat(listedIds("dsl")).contains(eSafety, safeguarding, allegation);
        assertThat(api.as("governor").get("/api/incidents").status()).isEqualTo(403);
        assertThat(api.anonymous().get("/api/incidents/" + eSafety).status()).isEqualTo(401);
        assertThat(api.as("teacher").get("/api/dashboard").status()).isEqualTo(403);
        assertThat(api.as("deputy").get("/api/dashboard").status()).isEqualTo(200);
    }

    private static Map<String, Integer> statuses(int... byUser) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (int i = 0; i < DEMO_USERS.size(); i++) {
            statuses.put(DEMO_USERS.get(i), byUser[i]);
        }
        return statuses;
    }

    private List<String> listedIds(String username) {
        JsonNode page = api.as(username).get("/api/incidents?size=100").json();
        return page.get("content").findValuesAsText("id");
    }

    @Test
    void badInputGetsAClearProblemAndChangesNothing() {
        String id = report("teacher", yellowForm("Pupil bullied"));
        long eventsBefore = eventCount();

        Api.Response malformed = api.as("teacher").post("/api/incidents", "{\"form\": \"E_SAFETY\",");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).isEqualTo("application/problem+json");
        assertThat(malformed.json().get("type").asText()).endsWith("/problems/malformed-request");

        Map<String, Object> badEnum = yellowForm("x");
        badEnum.put("form", "GREEN");
        assertThat(api.as("teacher").post("/api/incidents", badEnum).status()).isEqualTo(400);

        Map<String, Object> tooLong = yellowForm("x".repeat(201));
        Api.Response invalid = api.as("teacher").post("/api/incidents", tooLong);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("violations").get(0).get("code").asText()).isEqualTo("SUMMARY_SIZE");

        Map<String, Object> huge = yellowForm("huge");
        huge.put("details", "x".repeat(300 * 1024));
        Api.Response tooLarge = api.as("teacher").post("/api/incidents", huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("type").asText()).endsWith("/problems/payload-too-large");

        assertThat(api.as("dsl").get("/api/incidents/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.as("dsl").post("/api/incidents/" + UUID.randomUUID() + "/acknowledgement").status())
            .isEqualTo(404);

        Api.Response downwards = api.as("dsl")
            .post("/api/incidents/" + id + "/escalation", Map.of("to", "DSL", "reason", "x"));
        assertThat(downwards.status()).isEqualTo(409);
        assertThat(api.as("dsl")
            .post("/api/incidents/" + id + "/escalation", Map.of("to", "NOWHERE", "reason", "x"))
            .status()).isEqualTo(400);

        Api.Response stale = api.as("dsl")
            .post("/api/incidents/" + id + "/notes", Map.of("text", "note"), "If-Match", "7");
        assertThat(stale.status()).isEqualTo(412);

        assertThat(api.as("governor").post("/api/incidents", yellowForm("governor")).status()).isEqualTo(403);
        assertThat(api.as("governor").post("/api/incidents/" + id + "/notes", Map.of("text", "n")).status())
            .isEqualTo(403);
        assertThat(api.as("teacher2").post("/api/incidents/" + id + "/acknowledgement").status()).isEqualTo(404);
        assertThat(
                api.as("computing").post("/api/incidents/" + id + "/police-referral", Map.of("reason", "r")).status())
            .isEqualTo(403);

        Api.Response noAdult = api.as("dsl")
            .post("/api/incidents/" + id + "/lado-referral",
                    Map.of("adult", Map.of("name", "Someone", "role", "Unknown"), "allegation", Map.of("what", "x")));
        assertThat(noAdult.status()).isEqualTo(422);
        assertThat(noAdult.json().get("violations").get(0).get("code").asText()).isEqualTo("LADO_NEEDS_ADULT_SUBJECT");

        assertThat(api.as("dsl").post("/api/incidents/" + id + "/closure", Map.of("outcome", "RESOLVED")).status())
            .isEqualTo(422);
        assertThat(api.as("teacher").put("/api/staff/computing/availability", Map.of("available", false)).status())
            .isEqualTo(403);

        assertThat(eventCount()).isEqualTo(eventsBefore);
        assertThat(view("dsl", id).get("version").asLong()).isZero();

        Api.Response withVersion = api.as("dsl")
            .post("/api/incidents/" + id + "/notes", Map.of("text", "note"), "If-Match", "\"0\"");
        assertThat(withVersion.status()).isEqualTo(200);
        assertThat(withVersion.json().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aRepeatedPostWithTheSameIdempotencyKeyReturnsTheFirstResultAndChangesNothing() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> form = yellowForm("Reported once, sent twice");

        Api.Response first = api.as("teacher").post("/api/incidents", form, "Idempotency-Key", key);
        long eventsAfterFirst = eventCount();
        Api.Response repeat = api.as("teacher").post("/api/incidents", form, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location"));
        assertThat(repeat.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(eventCount()).isEqualTo(eventsAfterFirst);

        Api.Response reused = api.as("teacher")
            .post("/api/incidents", yellowForm("Another report"), "Idempotency-Key", key);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(eventCount()).isEqualTo(eventsAfterFirst);
    }

    @Test
    void metricsCountReportsAndEscalations() {
        String id = report("teacher", orangeForm("Copyrighted image reposted"));
        api.as("computing")
            .post("/api/incidents/" + id + "/escalation", Map.of("to", "DSL", "reason", "Parent is threatening"));

        String metrics = api.as("admin").get("/actuator/prometheus").body();

        assertThat(metrics)
            .contains("safeguarding_incidents_reported_total{category=\"UNDERMINING_COMMENT\",form=\"E_SAFETY\","
                    + "level=\"COMPUTING_LEAD\"")
            .contains("safeguarding_incidents_escalated_total{from=\"COMPUTING_LEAD\",to=\"DSL\",trigger=\"manual\"");
        assertThat(api.anonymous().get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void everyProjectionRebuildsFromTheEventsToTheSameState() {
        String id = report("teacher", orangeForm("To be rebuilt"));
        api.as("computing").post("/api/incidents/" + id + "/acknowledgement");
        api.as("computing")
            .post("/api/incidents/" + id + "/moderation-actions",
                    Map.of("action", "DELETE_CONTENT", "note", "Undermines staff"));
        Map<String, List<Map<String, Object>>> before = snapshotOfProjections();

        for (String projection : replay.names()) {
            replay.rebuild(projection);
        }

        assertThat(replay.names()).contains("incident-views", "timeline", "staff-availability");
        assertThat(snapshotOfProjections()).isEqualTo(before);
        assertThat(view("computing", id).get("moderationActions").get(0).get("status").asText()).isEqualTo("PENDING");
    }

    private Map<String, List<Map<String, Object>>> snapshotOfProjections() {
        Map<String, List<Map<String, Object>>> snapshot = new HashMap<>();
        snapshot.put("incident_view", jdbc.queryForList("select * from incident_view order by id"));
        snapshot.put("timeline_entry", jdbc.queryForList("select * from timeline_entry order by incident_id, seq"));
        snapshot.put("staff_availability", jdbc.queryForList("select * from staff_availability order by username"));
        return snapshot;
    }

    private long eventCount() {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

}
