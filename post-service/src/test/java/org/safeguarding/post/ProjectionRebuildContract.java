package org.safeguarding.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.ProjectionRebuilds;
import org.safeguarding.kernel.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Every projection of post-service, rebuilt from the event store by the administrator's
 * endpoint, comes back exactly as it was; run on H2 and on PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(MutableClock.InTheService.class)
@TestPropertySource(properties = "safeguarding.incident-service.url=http://localhost:9")
abstract class ProjectionRebuildContract {

    /** Each projection's table, in a fixed order. */
    private static final Map<String, String> TABLES = Map.of("account-views", "select * from account_view order by id",
            "post-views", "select * from post_view order by id", "comment-views",
            "select * from comment_view order by id", "consent-register", "select * from pupil_consent order by ref",
            "device-views", "select * from device_view order by id", "content-disposals",
            "select * from content_disposal order by disposal_id");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        clock.set(PostServiceApiContract.WEDNESDAY_MORNING);
    }

    @Test
    void rebuildingEveryProjectionGivesBackTheStateItStartedFrom() {
        recordASchoolWeek();

        ProjectionRebuilds.assertRebuildingKeepsEveryTable(api, jdbc, TABLES);
    }

    /**
     * Pupils in the register (one changed), accounts proposed, approved, changed and
     * closed, a device approved, posts published and rejected, comments moderated and
     * awaiting; three years on, one comment disposed of and a proposal rejected.
     */
    private void recordASchoolWeek() {
        ok(api.as("dsl")
            .put("/api/pupils/P-1", Map.of("name", "Amy Brown", "photoConsent", true, "noPhotoList", false)));
        ok(api.as("dsl")
            .put("/api/pupils/P-2", Map.of("name", "Ben Smith", "photoConsent", true, "noPhotoList", false)));
        ok(api.as("dsl")
            .put("/api/pupils/P-2", Map.of("name", "Ben Smith", "photoConsent", false, "noPhotoList", true)));
        ok(api.as("dsl")
            .put("/api/pupils/P-3", Map.of("name", "Cara Jones", "photoConsent", true, "noPhotoList", false)));

        String account = account("@DimpleWell54");
        ok(api.as("admin").post("/api/accounts/" + account + "/posters", Map.of("username", "computing")));
        ok(api.as("admin").post("/api/accounts/" + account + "/password-rotation"));
        String closed = account("@Year6");
        ok(api.as("head").post("/api/accounts/" + closed + "/closure", Map.of("reason", "Merged")));
        String device = created(api.as("teacher")
            .post("/api/accounts/" + account + "/devices", Map.of("name", "Office iPad", "schoolOwned", true)));
        String passcode = api.as("head").get("/api/devices/pending").json().get(0).path("passcode").asText();
        ok(api.as("head").post("/api/devices/" + device + "/approval", Map.of("passcode", passcode)));

        String published = submitted(account, "Year 2 loved the science fair!");
        ok(api.as("teacher2").post("/api/posts/" + published + "/approval"));
        ok(api.as("teacher").post("/api/posts/" + published + "/publication"));
        String rejected = submitted(account, "Sports day is on Friday");
        ok(api.as("teacher2").post("/api/posts/" + rejected + "/rejection", Map.of("reason", "Add the date")));

        String hidden = comment(account, "You are all useless");
        ok(api.as("computing")
            .post("/api/comments/" + hidden + "/moderation", Map.of("action", "HIDE", "note", "Undermines staff",
                    "publicReason", "We hid a reply that undermined our staff.")));
        String unanswered = comment(account, "When is the next parents' evening?");

        clock.set(Instant.now().plus(Duration.ofDays(3 * 366)));
        String disposal = created(
                api.as("dsl").post("/api/disposals", Map.of("contentIds", List.of(unanswered), "rule", "COMMENTS")));
        ok(api.as("head").post("/api/disposals/" + disposal + "/approval"));
        String kept = created(
                api.as("dsl").post("/api/disposals", Map.of("contentIds", List.of(hidden), "rule", "COMMENTS")));
        ok(api.as("chair").post("/api/disposals/" + kept + "/rejection", Map.of("reason", "Keep it for now")));
    }

    private String account(String handle) {
        String id = created(api.as("teacher")
            .post("/api/accounts",
                    Map.of("platform", "X", "handle", handle, "aim", "Share learning", "audience", "Parents and carers",
                            "promotion", "Website and newsletter", "visibility", "PUBLIC", "runBy",
                            List.of("teacher", "teacher2"), "allowedMentions", List.of("@NSPCC"))));
        ok(api.as("head").post("/api/accounts/" + id + "/approval"));
        return id;
    }

    private String submitted(String account, String text) {
        Map<String, Object> draft = new HashMap<>(Map.of("accountId", account, "text", text, "media",
                List.of(Map.of("caption", "Year 2", "pupilRefs", List.of("P-1", "P-3"), "identifiable", true)),
                "location", "ONSITE"));
        String id = created(api.as("teacher").post("/api/posts", draft));
        ok(api.as("teacher").post("/api/posts/" + id + "/submission"));
        return id;
    }

    /**
     * A comment received now, so that its response deadline lies ahead while the test
     * runs.
     */
    private String comment(String account, String text) {
        return created(api.as("service")
            .post("/api/comments", Map.of("accountId", account, "author", "@parent", "text", text, "receivedAt",
                    Instant.now().toString())));
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

}
