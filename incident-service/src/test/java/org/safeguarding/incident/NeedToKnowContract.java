package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Need to know as issue 8 found it broken, one test per finding, and the journey of an
 * allegation against the headteacher end to end. Run on H2 and on PostgreSQL by the
 * subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = "safeguarding.post-service.url=http://localhost:9")
abstract class NeedToKnowContract extends ServiceOverHttp {

    private static final String PUPIL = "Amy Brown";

    @Autowired
    JdbcTemplate jdbc;

    /**
     * An allegation naming a directory user, as API.md has it: a STAFF subject whose ref
     * is their username.
     */
    static Map<String, Object> allegationAgainst(String username, String summary) {
        Map<String, Object> body = IncidentApiContract.allegation(summary);
        body.put("subjects", List.of(Map.of("kind", "STAFF", "name", "The adult named", "ref", username),
                Map.of("kind", "PUPIL", "name", PUPIL, "ref", "P-17")));
        return body;
    }

    static Map<String, Object> ladoReferral() {
        return Map.of("adult", Map.of("name", "The adult named", "role", "Teacher", "employmentStatus", "Permanent"),
                "allegation",
                Map.of("what", "Private messages to a pupil", "when", "Last week", "where", "Instagram",
                        "howItCameToLight", "The pupil told her class teacher"),
                "childrenInvolved", List.of(PUPIL), "actionsTaken", "Access to school accounts suspended", "informed",
                Map.of("parents", true, "police", false, "hr", true));
    }

    private String report(String username, Map<String, Object> form) {
        Api.Response created = api.as(username).post("/api/incidents", form);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response.json();
    }

    private List<String> listedIds(String username) {
        return ok(api.as(username).get("/api/incidents?size=100")).get("content").findValuesAsText("id");
    }

    private long lastAccessLogId() {
        Long last = jdbc.queryForObject("select coalesce(max(id), 0) from access_log", Long.class);
        return last == null ? 0 : last;
    }

    /**
     * The incidents logged as read by this user with this action since the given
     * access-log position.
     */
    private List<String> loggedSince(long position, String username, String action) {
        return jdbc.queryForList(
                "select incident_id from access_log where id > ? and username = ? and action = ? " + "order by id",
                String.class, position, username, action);
    }

    @Test
    void theDashboardShowsAnSltOnlyMemberNothingOfADslLevelIncident() {
        String summary = "Amy Brown (Y9) targeted in group chat";
        String id = report("teacher", IncidentApiContract.yellowForm(summary));

        Api.Response sltDashboard = api.as("slt").get("/api/dashboard");

        assertThat(api.as("slt").get("/api/incidents/" + id).status()).isEqualTo(404);
        assertThat(sltDashboard.status()).isEqualTo(200);
        assertThat(sltDashboard.body()).doesNotContain(id).doesNotContain(summary).doesNotContain(PUPIL);
        assertThat(api.as("dsl").get("/api/dashboard").body()).contains(id).contains(summary);
    }

    @Test
    void aSeniorLeaderSeesNothingOfAnAllegationAboutThemselvesNorOfOtherAllegations() {
        String aboutThem = report("teacher", allegationAgainst("slt", "Senior leader shouting at a pupil"));
        String aboutAnother = report("teacher", allegationAgainst("teacher2", "Teacher messaging a pupil"));

        for (String id : List.of(aboutThem, aboutAnother)) {
            assertThat(api.as("slt").get("/api/incidents/" + id).status()).as(id).isEqualTo(404);
            assertThat(api.as("slt").get("/api/incidents/" + id + "/timeline").status()).as(id).isEqualTo(404);
            assertThat(api.as("slt").post("/api/incidents/" + id + "/notes", Map.of("text", "n")).status()).as(id)
                .isEqualTo(404);
        }
        assertThat(listedIds("slt")).doesNotContain(aboutThem, aboutAnother);
        assertThat(api.as("slt").get("/api/dashboard").body()).doesNotContain(aboutThem).doesNotContain(aboutAnother);
        JsonNode headsView = ok(api.as("head").get("/api/incidents/" + aboutThem));
        assertThat(headsView.get("assignedRole").asText()).isEqualTo("HEADTEACHER");
        assertThat(headsView.get("routing").asText()).contains("senior leader goes to the headteacher");
    }

    @Test
    void anAllegationAgainstTheHeadteacherIsManagedByTheChairOfGovernorsNotByTheHeadteacher() {
        String id = report("teacher", allegationAgainst("head", "Headteacher messaging a pupil"));
        String path = "/api/incidents/" + id;

        JsonNode dslsView = ok(api.as("dsl").get(path));
        assertThat(dslsView.get("level").asText()).isEqualTo("SLT");
        assertThat(dslsView.get("assignedRole").asText()).isEqualTo("CHAIR_OF_GOVERNORS");
        assertThat(dslsView.findValuesAsText("kind")).contains("LADO_DECISION");
        assertThat(api.as("head").get(path).status()).isEqualTo(404);
        assertThat(api.as("head").post(path + "/acknowledgement").status()).isEqualTo(404);
        assertThat(api.as("head")
            .post(path + "/lado-decision-not-to-refer", Map.of("rationale", "Nothing in it"))
            .status()).isEqualTo(404);
        assertThat(api.as("deputy").post(path + "/acknowledgement").status()).as("the chair's case").isEqualTo(403);

        assertThat(listedIds("chair")).contains(id);
        assertThat(ok(api.as("chair").post(path + "/acknowledgement")).get("acknowledgedBy").get("username").asText())
            .isEqualTo("chair");
        JsonNode decided = ok(api.as("chair")
            .post(path + "/lado-decision-not-to-refer",
                    Map.of("rationale", "Below the harm threshold, on the LADO's advice")));
        assertThat(decided.get("ladoDecision").get("referred").asBoolean()).isFalse();
        JsonNode closed = ok(api.as("chair")
            .post(path + "/closure", Map.of("outcome", "UNFOUNDED", "rationale", "No evidence that it happened")));
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(api.as("chair")
            .get("/api/incidents/" + report("teacher", IncidentApiContract.yellowForm("Other")))
            .status()).as("the chair reads only the cases they manage").isEqualTo(404);
    }

    @Test
    void aReporterSeesWhatTheyReportedAndWhoReceivedItButNotTheCaseFile() {
        String id = report("teacher", allegationAgainst("teacher2", "Teacher messaging a pupil"));
        String path = "/api/incidents/" + id;
        ok(api.as("teacher").post(path + "/notes", Map.of("text", "I kept the screenshots")));
        ok(api.as("head").post(path + "/acknowledgement"));
        ok(api.as("head")
            .post(path + "/advice", Map.of("from", "LADO", "summary", "LADO advises suspension", "receivedAt",
                    Instant.now().minusSeconds(60).toString())));
        ok(api.as("head").post(path + "/police-referral", Map.of("reason", "Possible offence under the Act")));
        ok(api.as("head").post(path + "/notes", Map.of("text", "HR say the contract allows suspension")));
        ok(api.as("head").post(path + "/lado-referral", ladoReferral()));
        ok(api.as("head")
            .post(path + "/closure",
                    Map.of("outcome", "SUBSTANTIATED", "rationale", "Dismissed after the LADO strategy meeting")));
        List<String> caseFileOnly = List.of("LADO advises suspension", "Possible offence", "HR say the contract",
                "Dismissed after the LADO strategy meeting", "Private messages to a pupil");

        JsonNode view = ok(api.as("teacher").get(path));
        Api.Response timeline = api.as("teacher").get(path + "/timeline");
        JsonNode listed = ok(api.as("teacher").get("/api/incidents?size=100")).get("content");

        assertThat(view.get("status").asText()).isEqualTo("CLOSED");
        assertThat(view.get("level").asText()).isEqualTo("SLT");
        assertThat(view.get("outcome").asText()).isEqualTo("SUBSTANTIATED");
        assertThat(view.get("acknowledgedBy").get("username").asText()).isEqualTo("head");
        assertThat(view.get("referrals")).isEmpty();
        assertThat(view.get("advice")).isEmpty();
        assertThat(view.get("ladoDecision").isNull()).isTrue();
        assertThat(view.get("closureRationale").isNull()).isTrue();
        assertThat(timeline.json().findValuesAsText("type")).containsExactly("IncidentReported", "NoteAdded",
                "IncidentAcknowledged", "IncidentClosed");
        assertThat(timeline.body()).contains("I kept the screenshots");
        for (String secret : caseFileOnly) {
            assertThat(view.toString()).doesNotContain(secret);
            assertThat(timeline.body()).doesNotContain(secret);
            assertThat(listed.toString()).doesNotContain(secret);
        }
        assertThat(ok(api.as("dsl").get(path)).toString()).contains("LADO advises suspension",
                "Dismissed after the LADO strategy meeting");
    }

    @Test
    void everyIncidentABulkReadReturnsIsInTheAccessLog() {
        Map<String, Object> lowLevel = IncidentApiContract.allegation("Mr Green shouted at pupils on a trip");
        lowLevel.put("allegationAgainstAdult", false);
        String earlierConcern = report("teacher2", lowLevel);
        String allegation = report("teacher", IncidentApiContract.allegation("Mr Green messaging a pupil"));
        report("teacher", IncidentApiContract.yellowForm("Pupil bullied in a group chat"));
        long before = lastAccessLogId();

        List<String> listed = listedIds("dsl");
        JsonNode dashboard = ok(api.as("dsl").get("/api/dashboard"));
        JsonNode inspection = ok(api.as("head")
            .get("/api/reports/inspection?from=" + Instant.now().minusSeconds(3600) + "&to="
                    + Instant.now().plusSeconds(60), "Accept", "application/json"));
        JsonNode lado = ok(
                api.as("head").get("/api/incidents/" + allegation + "/lado-referral", "Accept", "application/json"));
        JsonNode auditPage = ok(api.as("governor").get("/api/audit/events?size=500"));

        assertThat(loggedSince(before, "dsl", "LIST")).containsExactlyInAnyOrderElementsOf(listed);
        Set<String> onTheDashboard = new HashSet<>(dashboard.findValuesAsText("incidentId"));
        assertThat(new HashSet<>(loggedSince(before, "dsl", "DASHBOARD"))).containsAll(onTheDashboard);
        assertThat(loggedSince(before, "head", "INSPECTION_REPORT"))
            .containsExactlyInAnyOrderElementsOf(inspection.get("referralsToTheDsl").findValuesAsText("incidentId"));
        assertThat(lado.get("earlierConcerns").findValuesAsText("incidentId")).containsExactly(earlierConcern);
        assertThat(loggedSince(before, "head", "LADO_REFERRAL_EXPORT")).containsExactlyInAnyOrder(allegation,
                earlierConcern);
        Set<String> onTheAuditPage = new HashSet<>();
        auditPage.get("content").forEach(event -> {
            if (event.get("aggregateType").asText().equals("Incident")) {
                onTheAuditPage.add(event.get("aggregateId").asText());
            }
        });
        assertThat(loggedSince(before, "governor", "AUDIT_PAGE")).containsExactlyInAnyOrderElementsOf(onTheAuditPage);
    }

    @Test
    void endToEnd_anAllegationAgainstTheHeadteacherIsTheChairsAndTheHeadteacherSeesNothingOfIt() {
        String summary = "Headteacher sent a pupil private messages";
        Map<String, Object> allegation = allegationAgainst("head", summary);
        List<String> spellings = List.of("Amy  Brown", "Brown, Amy", "amy brown", "Amy\u00a0Brown", "\u00c1my Brown");
        allegation.put("details", "Seen by " + String.join(" and by ", spellings) + " on the pupil's phone.");
        String id = report("teacher", allegation);
        String path = "/api/incidents/" + id;

        assertThat(ok(api.as("chair").post(path + "/acknowledgement")).get("acknowledged").asBoolean()).isTrue();
        JsonNode referred = ok(api.as("chair").post(path + "/lado-referral", ladoReferral()));
        assertThat(referred.get("referrals").toString()).contains("LADO");
        assertThat(referred.get("ladoDecision").get("withinOneWorkingDay").asBoolean()).isTrue();

        Api.Caller head = api.as("head");
        for (String read : List.of(path, path + "/timeline", path + "/chronology", path + "/lado-referral",
                path + "/access-log")) {
            assertThat(head.get(read, "Accept", "application/json").status()).as(read).isEqualTo(404);
        }
        Map<String, Map<String, Object>> commands = Map.of("/acknowledgement", Map.of(), "/closure",
                Map.of("outcome", "UNFOUNDED", "rationale", "Nothing in it"), "/notes",
                Map.of("text", "I was never there"), "/advice",
                Map.of("from", "HR", "summary", "s", "receivedAt", Instant.now().minusSeconds(60).toString()),
                "/lado-decision-not-to-refer", Map.of("rationale", "Nothing in it"));
        commands.forEach(
                (command, body) -> assertThat(head.post(path + command, body).status()).as(command).isEqualTo(404));
        assertThat(listedIds("head")).doesNotContain(id);
        assertThat(head.get("/api/dashboard").body()).doesNotContain(id).doesNotContain(summary);
        assertThat(head
            .get("/api/reports/inspection?from=" + Instant.now().minusSeconds(3600) + "&to="
                    + Instant.now().plusSeconds(60), "Accept", "application/json")
            .body()).doesNotContain(id);
        assertThat(head.get("/api/audit/events?size=500").body()).doesNotContain(id).doesNotContain(summary);

        Api.Response sltDashboard = api.as("slt").get("/api/dashboard");
        assertThat(sltDashboard.status()).isEqualTo(200);
        assertThat(sltDashboard.body()).doesNotContain(id).doesNotContain(summary);

        Api.Response governors = api.as("governor").get("/api/audit/events?size=500");
        List<String> decisions = new ArrayList<>();
        governors.json().get("content").forEach(event -> {
            if (event.get("aggregateId").asText().equals(id)) {
                decisions.add(event.get("type").asText() + " by " + event.get("actor").get("username").asText());
            }
        });
        assertThat(decisions).containsExactly("IncidentReported by teacher", "IncidentAcknowledged by chair",
                "ReferredToLADO by chair");
        assertThat(governors.body()).doesNotContain(PUPIL);
        spellings.forEach(spelling -> assertThat(governors.body().toLowerCase(Locale.ROOT))
            .doesNotContain(spelling.toLowerCase(Locale.ROOT))
            .doesNotContain("amy"));
    }

}
