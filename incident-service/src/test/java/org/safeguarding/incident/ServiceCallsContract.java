package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The service accounts over real HTTP: post-service's account ({@code post-service}) may
 * report an incident for a person and nothing else; incident-service's own account
 * ({@code incident-service}, for its calls to post-service) nothing here; nobody else
 * acts on someone's behalf. What is done for someone names them, and the service as
 * {@code via}. Run on H2 and on PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = "safeguarding.post-service.url=http://localhost:9")
abstract class ServiceCallsContract extends ServiceOverHttp {

    private static final String ON_BEHALF_OF = "X-On-Behalf-Of";

    @Autowired
    JdbcTemplate jdbc;

    private String allegationReportedByTheTeacher() {
        Api.Response created = api.as("teacher")
            .post("/api/incidents", IncidentApiContract.allegation("Mr Green messaging a pupil privately"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private JsonNode asTheDslSeesIt(String id) {
        return api.as("dsl").get("/api/incidents/" + id).json();
    }

    private int timelineLength(String id) {
        return api.as("dsl").get("/api/incidents/" + id + "/timeline").json().size();
    }

    @Test
    void postServiceReportsForTheModeratorAndTheRecordNamesThemViaPostService() throws Exception {
        Api.Response reported = api.as("post-service")
            .post("/api/incidents", IncidentApiContract.orangeForm("Reply undermining the Year 2 teacher"),
                    ON_BEHALF_OF, "computing", "Idempotency-Key", "comment-1-moderation-1");

        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        String id = reported.json().get("id").asText();
        assertThat(reported.json().get("reportedBy").asText()).isEqualTo("computing");
        assertThat(reported.json().get("reportedVia").asText()).isEqualTo("post-service");

        api.as("computing").post("/api/incidents/" + id + "/acknowledgement");
        JsonNode timeline = api.as("dsl").get("/api/incidents/" + id + "/timeline").json();
        assertThat(timeline.get(0).get("actor").get("username").asText()).isEqualTo("computing");
        assertThat(timeline.get(0).get("actor").get("role").asText()).isEqualTo("COMPUTING_LEAD");
        assertThat(timeline.get(0).get("actor").get("via").asText()).isEqualTo("post-service");
        assertThat(timeline.get(1).get("actor").get("username").asText()).isEqualTo("computing");
        assertThat(timeline.get(1).get("actor").get("via").isNull()).as("acknowledged by computing in person").isTrue();

        byte[] stored = jdbc.queryForObject(
                "select meta_data from domain_event_entry where aggregate_identifier = ? " + "and sequence_number = 0",
                byte[].class, id);
        JsonNode metaData = new ObjectMapper().readTree(stored);
        assertThat(metaData.get("actorUsername").asText()).isEqualTo("computing");
        assertThat(metaData.get("via").asText()).isEqualTo("post-service");

        JsonNode audited = api.as("dsl").get("/api/audit/events?size=500").json().get("content");
        JsonNode reportedEvent = null;
        for (JsonNode event : audited) {
            if (id.equals(event.get("aggregateId").asText()) && event.get("sequence").asLong() == 0) {
                reportedEvent = event;
            }
        }
        assertThat(reportedEvent).isNotNull();
        assertThat(reportedEvent.get("actor").get("via").asText()).isEqualTo("post-service");

        JsonNode accessLog = api.as("dsl").get("/api/incidents/" + id + "/access-log").json();
        assertThat(accessLog.get(0).get("username").asText()).isEqualTo("computing");
        assertThat(accessLog.get(0).get("via").asText()).isEqualTo("post-service");
        await("the access-log entry with via verifies").atMost(Duration.ofSeconds(20))
            .until(() -> api.as("dsl").get("/api/audit/verification").json().get("valid").asBoolean());
    }

    @Test
    void postServicesAccountActingForTheHeadIsRefusedEverywhereElseAndChangesNothing() {
        String id = allegationReportedByTheTeacher();
        long version = asTheDslSeesIt(id).get("version").asLong();
        int steps = timelineLength(id);

        assertRefused(api.as("post-service")
            .post("/api/incidents/" + id + "/closure", Map.of("outcome", "UNFOUNDED", "rationale", "Nothing in it"),
                    ON_BEHALF_OF, "head"));
        assertRefused(api.as("post-service")
            .post("/api/incidents/" + id + "/lado-decision-not-to-refer", Map.of("rationale", "Decided not to refer"),
                    ON_BEHALF_OF, "head"));
        assertRefused(api.as("post-service")
            .post("/api/incidents/" + id + "/acknowledgement", Map.of(), ON_BEHALF_OF, "head"));
        assertRefused(api.as("post-service")
            .post("/api/incidents/" + id + "/notes", Map.of("text", "n"), ON_BEHALF_OF, "dsl"));
        assertRefused(api.as("post-service").get("/api/incidents/" + id, ON_BEHALF_OF, "head"));
        assertRefused(api.as("post-service").get("/api/incidents", ON_BEHALF_OF, "head"));
        assertRefused(api.as("post-service").get("/api/incidents/" + id + "/timeline", ON_BEHALF_OF, "dsl"));
        assertRefused(api.as("post-service").get("/api/dashboard", ON_BEHALF_OF, "dsl"));
        assertRefused(api.as("post-service").get("/api/audit/events", ON_BEHALF_OF, "governor"));
        assertRefused(api.as("post-service")
            .put("/api/staff/head/availability", Map.of("available", false), ON_BEHALF_OF, "admin"));

        JsonNode after = asTheDslSeesIt(id);
        assertThat(after.get("status").asText()).isEqualTo("OPEN");
        assertThat(after.get("acknowledged").asBoolean()).isFalse();
        assertThat(after.get("version").asLong()).isEqualTo(version);
        assertThat(timelineLength(id)).isEqualTo(steps);
    }

    @Test
    void postServicesAccountMakesNoCallAsItselfAndReportsOnlyForSomeone() {
        String id = allegationReportedByTheTeacher();

        Api.Response unnamed = api.as("post-service")
            .post("/api/incidents", IncidentApiContract.orangeForm("No one named"));
        assertRefused(unnamed);
        assertThat(unnamed.json().get("type").asText()).isEqualTo("/problems/on-behalf-of-required");
        assertRefused(api.as("post-service").get("/api/incidents/" + id));
        assertRefused(api.as("post-service").get("/api/audit/events"));
    }

    @Test
    void incidentServicesOwnAccountCanDoNothingHere() {
        String id = allegationReportedByTheTeacher();

        assertRefused(api.as("incident-service")
            .post("/api/incidents", IncidentApiContract.orangeForm("Reported"), ON_BEHALF_OF, "computing"));
        assertRefused(api.as("incident-service")
            .post("/api/incidents/" + id + "/closure", Map.of("outcome", "UNFOUNDED", "rationale", "Nothing in it"),
                    ON_BEHALF_OF, "head"));
        assertRefused(api.as("incident-service").get("/api/incidents"));

        assertThat(asTheDslSeesIt(id).get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void noPersonAndNoOtherServiceAccountActsForSomeone() {
        String id = allegationReportedByTheTeacher();

        assertRefused(api.as("dsl")
            .post("/api/incidents/" + id + "/closure", Map.of("outcome", "UNFOUNDED", "rationale", "Nothing in it"),
                    ON_BEHALF_OF, "head"));
        assertRefused(api.as("service")
            .post("/api/incidents", IncidentApiContract.orangeForm("From the webhook"), ON_BEHALF_OF, "computing"));
        assertRefused(api.as("post-service")
            .post("/api/incidents", IncidentApiContract.orangeForm("For a service"), ON_BEHALF_OF, "incident-service"));
        assertRefused(api.as("post-service")
            .post("/api/incidents", IncidentApiContract.orangeForm("For no one"), ON_BEHALF_OF, "nobody"));

        assertThat(asTheDslSeesIt(id).get("status").asText()).isEqualTo("OPEN");
    }

}
