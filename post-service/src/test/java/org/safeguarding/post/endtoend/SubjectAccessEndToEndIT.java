package org.safeguarding.post.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.RunningService;
import org.safeguarding.kernel.testing.Signatures;

/**
 * Both services as real processes over real HTTP: Amy Brown's mother asks for everything
 * the school holds about her. Amy is named in two incidents (one a yellow-form concern
 * referred to the police, with Ben Jones in it too) and in one comment on the school's
 * account; the DSL's subject access request gathers all three and her consent entry,
 * shows Ben and every member of staff only as pseudonyms, marks what may be exempt, signs
 * the JSON and the PDF, and records the request and its release.
 */
class SubjectAccessEndToEndIT {

    private static final Map<String, Object> AMY = Map.of("kind", "PUPIL", "name", "Amy Brown", "ref", "P-1");

    private static final Map<String, Object> BEN = Map.of("kind", "PUPIL", "name", "Ben Jones", "ref", "P-2");

    @TempDir
    static Path work;

    static RunningService incidentService;

    static RunningService postService;

    static Api incidents;

    static Api posts;

    static String yellowForm;

    static String orangeForm;

    static String aboutBenOnly;

    @BeforeAll
    static void amyIsInTwoIncidentsAndOneComment() {
        incidentService = new RunningService("incident-service", work, List.of());
        postService = new RunningService("post-service", work,
                List.of("safeguarding.incident-service.url=" + incidentService.url()));
        incidentService.withProperty("safeguarding.post-service.url=" + postService.url());
        incidentService.start();
        postService.start();
        incidents = incidentService.api();
        posts = postService.api();

        for (Map<String, Object> pupil : List.of(AMY, BEN)) {
            Api.Response registered = posts.as("dsl")
                .put("/api/pupils/" + pupil.get("ref"),
                        Map.of("name", pupil.get("name"), "photoConsent", true, "noPhotoList", false));
            assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
        }
        Api.Response proposed = posts.as("computing")
            .post("/api/accounts",
                    Map.of("platform", "X", "handle", "@DimpleWell54", "aim", "Showcase learning", "audience",
                            "Parents", "promotion", "School website", "visibility", "PUBLIC", "runBy",
                            List.of("computing", "teacher")));
        String accountId = proposed.json().get("id").asText();
        assertThat(posts.as("head").post("/api/accounts/" + accountId + "/approval").status()).isEqualTo(200);
        Api.Response comment = posts.as("admin")
            .post("/api/comments", Map.of("accountId", accountId, "author", "@a_parent", "text",
                    "Amy Brown was pushed over by Ben Jones at the gate", "receivedAt", Instant.now().toString()));
        assertThat(comment.status()).as(comment.toString()).isEqualTo(201);

        yellowForm = report("SAFEGUARDING", "CYBERBULLYING", "Threats in a group chat",
                "Ben Jones sent Amy Brown threatening messages; Amy told Ms Tessa Teacher", List.of(AMY, BEN));
        Api.Response referred = incidents.as("dsl")
            .post("/api/incidents/" + yellowForm + "/police-referral",
                    Map.of("reason", "Threats to harm a child", "crimeReference", "CR-2026-17"));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(200);
        orangeForm = report("E_SAFETY", "OFFENSIVE_LANGUAGE", "Swearing on a class blog", "Swore in a blog comment",
                List.of(Map.of("kind", "PUPIL", "ref", "P-1")));
        aboutBenOnly = report("E_SAFETY", "OFFENSIVE_LANGUAGE", "Swearing", "Ben swore in class", List.of(BEN));
    }

    private static String report(String form, String category, String summary, String details,
            List<Map<String, Object>> subjects) {
        Api.Response reported = incidents.as("teacher")
            .post("/api/incidents",
                    Map.of("form", form, "category", category, "summary", summary, "details", details, "occurredAt",
                            Instant.now().minusSeconds(3600).toString(), "channel", "OTHER_ONLINE", "platform",
                            "WhatsApp", "subjects", subjects, "allegationAgainstAdult", false));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        return reported.json().get("id").asText();
    }

    @AfterAll
    static void stopBothServices() {
        postService.stop();
        incidentService.stop();
    }

    private static Map<String, Object> amysRequest() {
        return Map.of("subjectKind", "PUPIL", "ref", "P-1", "name", "Amy Brown", "reason",
                "Letter from Amy Brown's mother, received 16 November");
    }

    @Test
    void theDslGathersAmysRecordsFromBothServicesWithOthersAsPseudonyms() throws Exception {
        Api.Response requested = incidents.as("dsl").post("/api/subject-access", amysRequest());

        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        String id = requested.json().get("id").asText();
        assertThat(requested.header("Location")).isEqualTo("/api/subject-access/" + id);
        JsonNode bundle = requested.json().get("bundle");
        assertThat(incidentIds(bundle)).containsExactlyInAnyOrder(yellowForm, orangeForm).doesNotContain(aboutBenOnly);
        assertThat(bundle.get("comments")).hasSize(1);
        assertThat(bundle.get("comments").get(0).get("text").asText())
            .startsWith("Amy Brown was pushed over by Pupil-");
        assertThat(bundle.get("consents").get(0).get("ref").asText()).isEqualTo("P-1");
        assertThat(requested.json().get("subjectPseudonym").asText()).startsWith("Pupil-");
        assertThat(requested.json().get("status").asText()).isEqualTo("REQUESTED");
        assertThat(requested.json().get("requestedBy").asText()).isEqualTo("dsl");

        String whole = requested.body();
        assertThat(whole).contains("Amy Brown").doesNotContain("Ben", "P-2", "Tessa", "a_parent", "\"teacher\"");
        JsonNode yellow = incident(bundle, yellowForm);
        assertThat(yellow.get("namedAs").toString()).contains("SUBJECT");
        assertThat(yellow.get("reportedBy").asText()).startsWith("Person-");
        assertThat(yellow.get("subjects").get(1).get("name").asText()).startsWith("Pupil-");
        assertThat(yellow.get("exemptions").findValuesAsText("code")).containsExactly("SAFEGUARDING_CONCERN",
                "POLICE_REFERRAL");
        assertThat(yellow.get("chronology").size()).isGreaterThanOrEqualTo(2);
        assertThat(incident(bundle, orangeForm).get("exemptions")).isEmpty();
    }

    @Test
    void theJsonAndThePdfAreSignedAndEveryDownloadIsLogged() throws Exception {
        String id = incidents.as("dsl").post("/api/subject-access", amysRequest()).json().get("id").asText();
        Signatures signatures = new Signatures(work, incidents.anonymous().get("/api/audit/public-key").body());

        Api.Response json = incidents.as("head").get("/api/subject-access/" + id);
        Api.Response pdf = incidents.as("dsl").get("/api/subject-access/" + id + ".pdf");
        Api.Response pdfByParameter = incidents.as("dsl").get("/api/subject-access/" + id + "?format=pdf");
        Api.Response pdfByAccept = incidents.as("dsl").get("/api/subject-access/" + id, "Accept", "application/pdf");

        assertThat(json.status()).as(json.toString()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.json().get("bundle").get("incidents")).hasSize(2);
        assertThat(signatures.verify(json.bytes(), json.header("Export-Signature"))).isTrue();
        assertThat(json.header("Export-Checkpoint")).contains(":");
        for (Api.Response each : List.of(pdf, pdfByParameter, pdfByAccept)) {
            assertThat(each.status()).as(each.toString()).isEqualTo(200);
            assertThat(each.contentType()).startsWith("application/pdf");
            assertThat(new String(each.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(signatures.verify(each.bytes(), each.header("Export-Signature"))).isTrue();
        }
        byte[] altered = json.bytes().clone();
        altered[altered.length - 2] ^= 1;
        assertThat(signatures.verify(altered, json.header("Export-Signature"))).isFalse();

        JsonNode accessLog = incidents.as("dsl").get("/api/incidents/" + yellowForm + "/access-log").json();
        assertThat(accessLog.findValuesAsText("action")).contains("SUBJECT_ACCESS", "SUBJECT_ACCESS_EXPORT");
        assertThat(accessLog.findValuesAsText("username")).contains("head");
    }

    @Test
    void theRequestAndItsReleaseAreRecordedAndGovernorsSeeOnlyThePseudonym() {
        Api.Response requested = incidents.as("dsl").post("/api/subject-access", amysRequest());
        String id = requested.json().get("id").asText();
        String pseudonym = requested.json().get("subjectPseudonym").asText();

        Api.Response released = incidents.as("dsl")
            .post("/api/subject-access/" + id + "/release", Map.of("note",
                    "Released in full except Amy Brown's police referral, withheld at the police's request"));
        Api.Response again = incidents.as("head")
            .post("/api/subject-access/" + id + "/release", Map.of("note", "Twice"));

        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.json().get("status").asText()).isEqualTo("RELEASED");
        assertThat(released.json().get("release").get("by").asText()).isEqualTo("dsl");
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).isEqualTo("/problems/subject-access-already-released");

        List<JsonNode> recorded = new ArrayList<>();
        for (JsonNode event : incidents.as("governor").get("/api/audit/events?size=100").json().get("content")) {
            if (id.equals(event.get("aggregateId").asText())) {
                recorded.add(event);
            }
        }
        assertThat(recorded).extracting(event -> event.get("type").asText())
            .containsExactly("SubjectAccessRequested", "SubjectAccessReleased");
        assertThat(recorded).allSatisfy(event -> {
            assertThat(event.get("actor").get("username").asText()).isEqualTo("dsl");
            assertThat(event.get("reason").asText()).contains(pseudonym);
            assertThat(event.toString()).contains(pseudonym).doesNotContain("Amy", "P-1");
        });
        assertThat(recorded.get(0).get("payload").get("items").asInt()).isEqualTo(4);
    }

    @Test
    void teachersAndGovernorsAreRefusedAndNothingIsRecorded() {
        String id = incidents.as("dsl").post("/api/subject-access", amysRequest()).json().get("id").asText();

        for (String person : List.of("teacher", "governor", "slt", "computing")) {
            assertThat(incidents.as(person).post("/api/subject-access", amysRequest()).status()).as(person)
                .isEqualTo(403);
            assertThat(incidents.as(person).get("/api/subject-access/" + id).status()).as(person).isEqualTo(403);
            assertThat(incidents.as(person).get("/api/subject-access/" + id + ".pdf").status()).as(person)
                .isEqualTo(403);
            assertThat(
                    incidents.as(person).post("/api/subject-access/" + id + "/release", Map.of("note", "n")).status())
                .as(person)
                .isEqualTo(403);
        }
        assertThat(incidents.as("dsl").get("/api/subject-access/" + id).json().get("status").asText())
            .isEqualTo("REQUESTED");
        assertThat(incidents.as("dsl").get("/api/subject-access/no-such-request").status()).isEqualTo(404);
        Api.Response unnamed = incidents.as("dsl")
            .post("/api/subject-access", Map.of("subjectKind", "PUPIL", "username", "amy", "reason", "Letter"));
        assertThat(unnamed.status()).as(unnamed.toString()).isEqualTo(422);
        assertThat(unnamed.json().get("type").asText()).isEqualTo("/problems/subject-not-identified");
    }

    private static List<String> incidentIds(JsonNode bundle) {
        return bundle.get("incidents").findValuesAsText("incidentId");
    }

    private static JsonNode incident(JsonNode bundle, String id) {
        for (JsonNode incident : bundle.get("incidents")) {
            if (id.equals(incident.get("incidentId").asText())) {
                return incident;
            }
        }
        throw new AssertionError("No incident " + id + " in " + bundle);
    }

}
