package org.safeguarding.post.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code POST /api/subject-access/records} over real HTTP: the DSL or headteacher, in
 * person or through incident-service's account on their behalf, gets every comment, post
 * and consent entry concerning the person; nobody else does, and incident-service's
 * account gets nothing for itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:post-subject-records;DB_CLOSE_DELAY=-1")
class SubjectRecordsIT extends ServiceOverHttp {

    private static final String ON_BEHALF_OF = "X-On-Behalf-Of";

    private String ref;

    private String name;

    @BeforeEach
    void aPupilNamedInACommentAndAnother() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        ref = "SAR-" + suffix;
        name = "Zofia Nowak" + suffix.replaceAll("[0-9]", "");
        assertThat(api.as("dsl")
            .put("/api/pupils/" + ref, Map.of("name", name, "photoConsent", true, "noPhotoList", false))
            .status()).isEqualTo(200);
        Api.Response proposed = api.as("teacher")
            .post("/api/accounts",
                    Map.of("platform", "X", "handle", "@School" + suffix, "aim", "Share learning", "audience",
                            "Parents and carers", "promotion", "Website", "visibility", "PUBLIC", "runBy",
                            List.of("teacher", "teacher2")));
        String account = proposed.json().get("id").asText();
        assertThat(api.as("head").post("/api/accounts/" + account + "/approval").status()).isEqualTo(200);
        for (String text : List.of(name + " was pushed off the bench by an older boy", "Lovely assembly today")) {
            assertThat(api.as("service")
                .post("/api/comments",
                        Map.of("accountId", account, "author", "@a_parent", "text", text, "receivedAt",
                                Instant.now().toString()))
                .status()).isEqualTo(201);
        }
    }

    private Map<String, Object> pupil() {
        return Map.of("ref", ref, "name", name);
    }

    @Test
    void theDslGetsTheCommentNamingThePupilAndTheirConsentEntry() {
        Api.Response records = api.as("dsl").post("/api/subject-access/records", pupil());

        assertThat(records.status()).as(records.toString()).isEqualTo(200);
        JsonNode comments = records.json().get("comments");
        assertThat(comments).hasSize(1);
        assertThat(comments.get(0).get("text").asText()).startsWith(name);
        assertThat(comments.get(0).get("writtenBySubject").asBoolean()).isFalse();
        JsonNode consents = records.json().get("consents");
        assertThat(consents).hasSize(1);
        assertThat(consents.get(0).get("ref").asText()).isEqualTo(ref);
        assertThat(consents.get(0).get("by").asText()).isEqualTo("dsl");
        assertThat(records.json().get("posts")).isEmpty();
    }

    @Test
    void incidentServiceAsksForTheHeadteacher() {
        Api.Response records = api.as("incident-service")
            .post("/api/subject-access/records", pupil(), ON_BEHALF_OF, "head");

        assertThat(records.status()).as(records.toString()).isEqualTo(200);
        assertThat(records.json().get("comments")).hasSize(1);
    }

    @Test
    void nobodyElseGetsThem() {
        for (String person : List.of("teacher", "computing", "slt", "governor", "admin")) {
            Api.Response refused = api.as(person).post("/api/subject-access/records", pupil());
            assertThat(refused.status()).as(person + ": " + refused).isEqualTo(403);
        }
        Api.Response forATeacher = api.as("incident-service")
            .post("/api/subject-access/records", pupil(), ON_BEHALF_OF, "teacher");
        assertThat(forATeacher.status()).as(forATeacher.toString()).isEqualTo(403);
        Api.Response forNoOne = api.as("incident-service").post("/api/subject-access/records", pupil());
        assertThat(forNoOne.status()).isEqualTo(403);
        assertThat(forNoOne.json().get("type").asText()).isEqualTo("/problems/on-behalf-of-required");
        assertThat(api.as("service").post("/api/subject-access/records", pupil()).status()).isEqualTo(403);
        assertThat(api.anonymous().post("/api/subject-access/records", pupil()).status()).isEqualTo(401);
    }

    @Test
    void aRequestNamingNoOneIsRefused() {
        Api.Response refused = api.as("dsl").post("/api/subject-access/records", Map.of("name", " "));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("type").asText()).isEqualTo("/problems/subject-not-identified");
    }

}
