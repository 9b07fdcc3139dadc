package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.PageSession;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 11: each concern reaches the person the policies name, as a member of staff
 * reports it over HTTP. Run on H2 and on PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = "safeguarding.post-service.url=http://localhost:9")
abstract class ConcernRoutingContract extends ServiceOverHttp {

    @BeforeEach
    void computingLeadAtWork() {
        assertThat(api.as("computing").put("/api/staff/computing/availability", Map.of("available", true)).status())
            .isEqualTo(200);
    }

    JsonNode reported(Map<String, Object> form) {
        Api.Response created = api.as("teacher").post("/api/incidents", form);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    @Test
    void cyberbullyingOnTheOrangeFormGoesToTheDslAndNotToTheComputingLead() {
        Map<String, Object> form = IncidentApiContract.orangeForm("Year 6 pupils bullying a classmate on the blog");
        form.put("category", "CYBERBULLYING");

        JsonNode incident = reported(form);

        assertThat(incident.get("level").asText()).isEqualTo("DSL");
        assertThat(incident.get("assignedRole").asText()).isEqualTo("DSL");
        String id = incident.get("id").asText();
        assertThat(api.as("computing").get("/api/incidents/" + id).status()).isEqualTo(404);
        assertThat(api.as("dsl").get("/api/incidents/" + id).status()).isEqualTo(200);
    }

    @Test
    void aFilteringBreachOnTheOrangeFormGoesToTheDsl() {
        Map<String, Object> form = IncidentApiContract.orangeForm("A pupil found a way round the filtering");
        form.put("category", "FILTERING_BREACH");
        form.remove("contentRef");
        form.put("channel", "OFFLINE");

        assertThat(reported(form).get("level").asText()).isEqualTo("DSL");
    }

    @Test
    void offensiveLanguageOnTheOrangeFormStillGoesToTheComputingLead() {
        Map<String, Object> form = IncidentApiContract.orangeForm("Swearing in a reply on the school's page");
        form.put("category", "OFFENSIVE_LANGUAGE");

        JsonNode incident = reported(form);

        assertThat(incident.get("level").asText()).isEqualTo("COMPUTING_LEAD");
        assertThat(api.as("computing").get("/api/incidents/" + incident.get("id").asText()).status()).isEqualTo(200);
    }

    @Test
    void aComplaintNamingATeacherAndAPupilGoesToTheHeadteacherAndNotToTheComputingLead() {
        Map<String, Object> form = IncidentApiContract.orangeForm("Parent's post names a teacher and a pupil");
        form.put("category", "COMPLAINT");
        form.put("subjects", List.of(Map.of("kind", "STAFF", "name", "Second teacher", "ref", "teacher2"),
                Map.of("kind", "PUPIL", "name", "Amy Brown", "ref", "P-17")));

        JsonNode incident = reported(form);

        assertThat(incident.get("level").asText()).isEqualTo("SLT");
        assertThat(incident.get("assignedRole").asText()).isEqualTo("HEADTEACHER");
        String id = incident.get("id").asText();
        assertThat(api.as("head").get("/api/incidents/" + id).status()).isEqualTo(200);
        assertThat(api.as("head").post("/api/incidents/" + id + "/acknowledgement").status()).isEqualTo(200);
        assertThat(api.as("computing").get("/api/incidents/" + id).status()).isEqualTo(404);
        assertThat(api.as("teacher2").get("/api/incidents/" + id).status()).as("the adult it names").isEqualTo(404);
    }

    @Test
    void aComplaintNamingNoOneOfTheSchoolStaysWithTheComputingLead() {
        Map<String, Object> form = IncidentApiContract.orangeForm("Parent criticises the new uniform policy");
        form.put("category", "COMPLAINT");
        form.put("subjects", List.of(Map.of("kind", "PARENT", "name", "A parent")));

        assertThat(reported(form).get("level").asText()).isEqualTo("COMPUTING_LEAD");
    }

    @Test
    void aComplaintCorrectedToNameAPupilMovesToTheHeadteacherAndTheTimelineShowsBeforeAndAfter() {
        Map<String, Object> form = IncidentApiContract.orangeForm("Parent criticises a decision on the school's page");
        form.put("category", "COMPLAINT");
        form.put("subjects", List.of(Map.of("kind", "PARENT", "name", "A parent")));
        String id = reported(form).get("id").asText();

        Api.Response corrected = api.as("computing")
            .put("/api/incidents/" + id + "/subjects",
                    Map.of("subjects",
                            List.of(Map.of("kind", "PARENT", "name", "A parent"),
                                    Map.of("kind", "PUPIL", "name", "Amy Brown", "ref", "P-17")),
                            "reason", "The post names the pupil too"));

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().get("level").asText()).isEqualTo("SLT");
        assertThat(corrected.json().get("assignedRole").asText()).isEqualTo("HEADTEACHER");
        assertThat(corrected.json().get("subjects")).hasSize(2);
        assertThat(api.as("computing").get("/api/incidents/" + id).status()).isEqualTo(404);
        JsonNode last = lastOf(api.as("head").get("/api/incidents/" + id + "/timeline").json());
        assertThat(last.get("type").asText()).isEqualTo("SubjectsCorrected");
        assertThat(last.get("reason").asText()).isEqualTo("The post names the pupil too");
        assertThat(last.get("summary").asText())
            .contains("from [PARENT A parent] to [PARENT A parent, PUPIL Amy Brown P-17]", "goes to the headteacher");
        assertThat(api.as("head").get("/api/incidents/" + id + "/chronology", "Accept", "text/csv").body())
            .contains("Subjects corrected from [PARENT A parent]");
    }

    @Test
    void anAllegationCorrectedToNameTheAdultCanBeReferredToTheLado() {
        Map<String, Object> form = IncidentApiContract.allegation("A parent says a teacher messaged her son");
        form.put("subjects", List.of(Map.of("kind", "PUPIL", "name", "Amy Brown", "ref", "P-17")));
        String id = reported(form).get("id").asText();
        String referral = "/api/incidents/" + id + "/lado-referral";
        assertThat(api.as("head").post(referral, NeedToKnowContract.ladoReferral()).status()).isEqualTo(422);

        Api.Response corrected = api.as("head")
            .put("/api/incidents/" + id + "/subjects",
                    Map.of("subjects",
                            List.of(Map.of("kind", "STAFF", "name", "Mr Green"),
                                    Map.of("kind", "PUPIL", "name", "Amy Brown", "ref", "P-17")),
                            "reason", "The adult is Mr Green, the teaching assistant"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);

        Api.Response referred = api.as("head").post(referral, NeedToKnowContract.ladoReferral());
        assertThat(referred.status()).as(referred.toString()).isBetween(200, 201);
        assertThat(referred.json().get("referrals").toString()).contains("LADO");
    }

    @Test
    void aCorrectionBySomeoneBelowTheLevelOrWithoutAReasonChangesNothing() {
        Map<String, Object> form = IncidentApiContract.yellowForm("Pupils bullying a classmate in a group chat");
        String id = reported(form).get("id").asText();
        String path = "/api/incidents/" + id + "/subjects";
        var subjects = List.of(Map.of("kind", "PUPIL", "name", "Ben Cole"));

        assertThat(api.as("computing").put(path, Map.of("subjects", subjects, "reason", "r")).status())
            .as("no need to know")
            .isIn(403, 404);
        assertThat(api.as("dsl").put(path, Map.of("subjects", subjects, "reason", " ")).status()).isEqualTo(422);
        assertThat(api.as("dsl").put(path, Map.of("reason", "no list")).status()).isEqualTo(422);
        assertThat(api.as("dsl").get("/api/incidents/" + id + "/timeline").json()).hasSize(1);
    }

    @Test
    void theComputingLeadCorrectsTheSubjectsOnTheCasePage() {
        Map<String, Object> form = IncidentApiContract.orangeForm("Parent complains about a trip on the school's page");
        form.put("category", "COMPLAINT");
        form.put("subjects", List.of(Map.of("kind", "PARENT", "name", "A parent")));
        String id = reported(form).get("id").asText();
        PageSession computing = new PageSession(port).signIn("computing", "demo");
        String page = computing.get("/incidents/" + id).body();
        assertThat(page).contains("Correct who it is about", "value=\"A parent\"");

        HttpResponse<String> refused = computing.post("/incidents/" + id + "/subjects",
                Map.of("_csrf", PageSession.formToken(page), "subjects[0].kind", "PARENT", "subjects[0].name",
                        "A parent", "reason", ""));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(api.as("head").get("/api/incidents/" + id + "/timeline").json()).hasSize(1);

        HttpResponse<String> corrected = computing.post("/incidents/" + id + "/subjects",
                Map.of("_csrf", PageSession.formToken(page), "subjects[0].kind", "PARENT", "subjects[0].name",
                        "A parent", "subjects[1].kind", "PUPIL", "subjects[1].name", "Amy Brown", "subjects[1].ref",
                        "P-17", "reason", "The post names a pupil"));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(302);
        JsonNode now = api.as("head").get("/api/incidents/" + id).json();
        assertThat(now.get("level").asText()).isEqualTo("SLT");
        assertThat(now.get("subjects")).hasSize(2);
    }

    private static JsonNode lastOf(JsonNode array) {
        return array.get(array.size() - 1);
    }

}
