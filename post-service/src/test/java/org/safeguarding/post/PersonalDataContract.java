package org.safeguarding.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.privacy.SubjectKeys;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.ProjectionRebuilds;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A pupil named in the consent register, in a comment on the school's account, in its
 * moderation note and in a draft post's caption: none of it is in the event table's
 * bytes, every view reads it, and once the comment's key is erased it reads as erased
 * after a rebuild. Run on H2 and on PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = "safeguarding.incident-service.url=http://localhost:9")
abstract class PersonalDataContract extends ServiceOverHttp {

    private static final String PUPIL = "Wren Ashcombe";

    private static final String REF = "P-WA-517";

    private static final String PARENT = "Mrs Delphine Ashcombe";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SubjectKeys subjectKeys;

    @Test
    void noPupilNameIsStoredInPlainTextAndAnErasedCommentReadsAsErased() {
        ok(api.as("dsl")
            .put("/api/pupils/" + REF,
                    Map.of("name", PUPIL, "photoConsent", true, "noPhotoList", false, "writtenConsent",
                            Map.of("givenOn", "2026-09-01", "givenBy", PARENT, "relationship", "Mother",
                                    "formReference", "F-1", "academicYear", "2026/27"))));
        String account = activeAccount();
        Api.Response drafted = api.as("teacher")
            .post("/api/posts",
                    Map.of("accountId", account, "text", "Year 2 at the science fair", "media", List.of(Map
                        .of("caption", PUPIL + " with her volcano", "pupilRefs", List.of(REF), "identifiable", true)),
                            "location", "ONSITE"));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        Api.Response received = api.as("service")
            .post("/api/comments", Map.of("accountId", account, "author", "@parent_of_wren", "text",
                    PUPIL + " is a liar", "receivedAt", Instant.now().toString()));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        String comment = received.json().get("id").asText();
        ok(api.as("dsl")
            .post("/api/comments/" + comment + "/moderation",
                    Map.of("action", "NO_ACTION", "note", "Spoke to " + PUPIL + "'s family")));

        assertThat(jdbc.queryForList("select payload, meta_data from domain_event_entry")).isNotEmpty()
            .allSatisfy(row -> assertThat(text(row.get("payload")) + text(row.get("meta_data"))).doesNotContain("Wren",
                    "Ashcombe", "Delphine", "parent_of_wren"));
        // The register's own events are keyed by the ref (their aggregate's id);
        // elsewhere it is sealed.
        assertThat(jdbc.queryForList("select payload from domain_event_entry where aggregate_identifier <> ?", REF))
            .allSatisfy(row -> assertThat(text(row.get("payload"))).doesNotContain(REF));
        assertThat(api.as("dsl").get("/api/pupils/" + REF).body()).contains(PUPIL);
        assertThat(api.as("dsl").get("/api/comments/" + comment).body()).contains(PUPIL + " is a liar");

        subjectKeys.erase(comment);
        ProjectionRebuilds.rebuildEach(api);

        String erased = await().atMost(Duration.ofSeconds(20))
            .until(() -> api.as("dsl").get("/api/comments/" + comment).body(), body -> body.contains("[erased]"));
        assertThat(erased).doesNotContain("Wren", "parent_of_wren");
        assertThat(api.as("dsl").get("/api/pupils/" + REF).body()).as("another subject's key").contains(PUPIL);
    }

    private String activeAccount() {
        Api.Response proposed = api.as("teacher")
            .post("/api/accounts",
                    Map.of("platform", "X", "handle", "@DimpleWell54", "aim", "Share learning", "audience",
                            "Parents and carers", "promotion", "Website and newsletter", "visibility", "PUBLIC",
                            "runBy", List.of("teacher", "teacher2")));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String id = proposed.json().get("id").asText();
        ok(api.as("head").post("/api/accounts/" + id + "/approval"));
        return id;
    }

    private static String text(Object bytes) {
        return bytes == null ? "" : new String((byte[]) bytes, StandardCharsets.UTF_8);
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

}
