package org.safeguarding.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.MutableClock;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Who may post, under a school's chosen policy: the Twitter policy's preset (the
 * headteacher approves, no replies, a senior teacher posts from a trip, two named staff),
 * with training required and a policy version given explicitly over it. Run on H2 and on
 * PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "safeguarding.incident-service.url=http://localhost:9",
                "safeguarding.policy.preset=twitter-2018", "safeguarding.policy.training-required=true",
                "safeguarding.policy.version=2026-09" })
@ActiveProfiles("demo")
@Import(MutableClock.InTheService.class)
abstract class PostingRightsContract extends ServiceOverHttp {

    /** Wednesday 18 November 2026, 10:00 in London: inside the posting window. */
    static final Instant WEDNESDAY_MORNING = Instant.parse("2026-11-18T10:00:00Z");

    @Autowired
    MutableClock clock;

    @BeforeEach
    void wednesdayMorning() {
        clock.set(WEDNESDAY_MORNING);
    }

    private String proposed(String... runBy) {
        Api.Response proposed = api.as("teacher")
            .post("/api/accounts",
                    Map.of("platform", "X", "handle", "@Rights" + System.nanoTime() % 100_000, "aim", "Share learning",
                            "audience", "Parents and carers", "promotion", "Newsletter", "visibility", "PUBLIC",
                            "runBy", List.of(runBy)));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        return proposed.json().get("id").asText();
    }

    private String active(String... runBy) {
        String id = proposed(runBy);
        assertThat(api.as("head").post("/api/accounts/" + id + "/approval").status()).isEqualTo(200);
        return id;
    }

    private void trainedAndAcknowledged(String username) {
        Api.Response trained = api.as("admin")
            .post("/api/staff/" + username + "/training",
                    Map.of("kind", "SOCIAL_MEDIA_TRAINING", "completedOn", "2026-11-02", "note", "Twilight session"));
        assertThat(trained.status()).as(trained.toString()).isEqualTo(200);
        assertThat(api.as(username).post("/api/policy-acknowledgements", Map.of("version", "2026-09")).status())
            .isEqualTo(200);
    }

    private static List<String> codes(Api.Response response) {
        return response.json().get("violations").findValuesAsText("code");
    }

    private static Map<String, Object> draft(String accountId, String location) {
        return new HashMap<>(Map.of("accountId", accountId, "text", "Year 2 loved the museum", "media", List.of(),
                "location", location));
    }

    @Test
    void onlyTheHeadteacherApprovesAnAccountWhereThePolicySaysSo() {
        String id = proposed("teacher", "teacher2");
        Api.Response bySlt = api.as("slt").post("/api/accounts/" + id + "/approval");
        assertThat(bySlt.status()).as(bySlt.toString()).isEqualTo(403);
        assertThat(bySlt.json().get("type").asText()).endsWith("/not-headteacher");
        assertThat(api.as("head").post("/api/accounts/" + id + "/approval").json().get("status").asText())
            .isEqualTo("ACTIVE");
    }

    @Test
    void aNewPosterNeedsRecordedTrainingAndTheCurrentPolicyAcknowledged() {
        String id = active("teacher", "teacher2");
        Api.Response untrained = api.as("admin").post("/api/accounts/" + id + "/posters", Map.of("username", "dsl"));
        assertThat(untrained.status()).as(untrained.toString()).isEqualTo(422);
        assertThat(codes(untrained)).containsExactly("POSTER_NOT_TRAINED");

        assertThat(api.as("teacher")
            .post("/api/staff/dsl/training", Map.of("kind", "INDUCTION", "completedOn", "2026-09-01"))
            .status()).isEqualTo(403);
        JsonNode record = api.as("computing")
            .post("/api/staff/dsl/training", Map.of("kind", "INDUCTION", "completedOn", "2026-09-01"))
            .json();
        assertThat(record.get("training").findValuesAsText("recordedBy")).containsExactly("computing");
        Api.Response unacknowledged = api.as("admin")
            .post("/api/accounts/" + id + "/posters", Map.of("username", "dsl"));
        assertThat(codes(unacknowledged)).containsExactly("POLICY_NOT_ACKNOWLEDGED");

        assertThat(api.as("head").get("/api/reports/policy-acknowledgements").json().toString())
            .contains("\"currentVersion\":\"2026-09\"")
            .contains("\"username\":\"dsl\"");
        Api.Response oldVersion = api.as("dsl").post("/api/policy-acknowledgements", Map.of("version", "2025-09"));
        assertThat(codes(oldVersion)).containsExactly("NOT_THE_CURRENT_VERSION");
        JsonNode acknowledged = api.as("dsl").post("/api/policy-acknowledgements", Map.of("version", "2026-09")).json();
        assertThat(acknowledged.get("acknowledgements").findValuesAsText("version")).containsExactly("2026-09");
        assertThat(api.as("head")
            .get("/api/reports/policy-acknowledgements")
            .json()
            .get("notAcknowledged")
            .findValuesAsText("username")).doesNotContain("dsl").contains("teacher");
        assertThat(api.as("teacher").get("/api/reports/policy-acknowledgements").status()).isEqualTo(403);
        assertThat(api.as("teacher").get("/api/staff/dsl").status()).isEqualTo(404);
        assertThat(api.as("dsl").get("/api/staff/dsl").status()).isEqualTo(200);

        assertThat(api.as("admin")
            .post("/api/accounts/" + id + "/posters", Map.of("username", "dsl"))
            .json()
            .get("posters")
            .toString()).contains("dsl");
    }

    @Test
    void aRemovedPosterLeavesTwoNamedStaffAndNothingGoesOutUntilThePasswordIsChanged() {
        String id = active("teacher", "teacher2");
        Api.Response tooFew = api.as("head").delete("/api/accounts/" + id + "/posters/teacher2");
        assertThat(tooFew.status()).as(tooFew.toString()).isEqualTo(422);
        assertThat(codes(tooFew)).containsExactly("TOO_FEW_NAMED_STAFF");

        trainedAndAcknowledged("computing");
        assertThat(api.as("admin").post("/api/accounts/" + id + "/posters", Map.of("username", "computing")).status())
            .isEqualTo(200);
        JsonNode removed = api.as("head").delete("/api/accounts/" + id + "/posters/teacher2").json();
        // Due when the poster went: the event's time, which is the real time.
        Instant due = Instant.parse(removed.get("passwordRotationDue").asText());
        assertThat(due).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));

        clock.set(due.plusSeconds(1));
        assertThat(api.as("teacher").get("/api/accounts/" + id).json().get("passwordRotationOverdue").asBoolean())
            .isTrue();
        String post = api.as("teacher").post("/api/posts", draft(id, "ONSITE")).json().get("id").asText();
        Api.Response refused = api.as("teacher").post("/api/posts/" + post + "/submission");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(codes(refused)).containsExactly("PASSWORD_ROTATION_OVERDUE");

        assertThat(api.as("admin").post("/api/accounts/" + id + "/password-rotation").status()).isEqualTo(200);
        assertThat(api.as("teacher").post("/api/posts/" + post + "/submission").status()).isEqualTo(200);
    }

    @Test
    void theComputingLeadReviewsEachAccountAndAnOverdueReviewShows() {
        String id = active("teacher", "teacher2");
        JsonNode opened = api.as("teacher").get("/api/accounts/" + id).json();
        assertThat(opened.get("reviewDue").asText()).isEqualTo("2027-02-16T10:00:00Z");
        assertThat(opened.get("reviewOverdue").asBoolean()).isFalse();

        clock.set(Instant.parse("2027-02-16T10:00:00Z"));
        assertThat(api.as("teacher").get("/api/accounts/" + id).json().get("reviewOverdue").asBoolean()).isTrue();
        assertThat(api.as("teacher").post("/api/accounts/" + id + "/reviews", Map.of("findings", "Fine")).status())
            .isEqualTo(403);
        assertThat(api.as("computing").post("/api/accounts/" + id + "/reviews", Map.of("findings", " ")).status())
            .isEqualTo(422);
        JsonNode reviewed = api.as("computing")
            .post("/api/accounts/" + id + "/reviews",
                    Map.of("findings", "Followers checked; two blocked. Two follows of a shop removed.", "confirmed",
                            List.of("FOLLOWERS_CHECKED", "PRIVACY_SETTINGS_CURRENT", "MASTER_LOGIN_HELD_BY_SCHOOL")))
            .json();
        JsonNode review = reviewed.get("reviews").get(0);
        assertThat(review.get("reviewedBy").asText()).isEqualTo("computing");
        assertThat(review.get("notConfirmed")).extracting(JsonNode::asText)
            .containsExactly("FOLLOWS_ONLY_EDUCATIONAL_ACCOUNTS");
        assertThat(api.as("computing")
            .post("/api/accounts/" + id + "/reviews", Map.of("findings", "Fine", "confirmed", List.of("ALL_GOOD")))
            .status()).as("a check the product does not know").isEqualTo(400);
        assertThat(reviewed.get("reviewDue").asText()).isEqualTo("2027-05-17T10:00:00Z");
        assertThat(reviewed.get("reviewOverdue").asBoolean()).isFalse();
    }

    @Test
    void theAccountNeverRepliesToCommentsAndOnlyASeniorTeacherPostsFromATrip() {
        String id = active("teacher", "head");
        Api.Response received = api.as("service")
            .post("/api/comments", Map.of("accountId", id, "author", "@parent", "text", "When is sports day?",
                    "receivedAt", WEDNESDAY_MORNING.toString(), "platformCommentId", "1445880548472328194"));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        String comment = received.json().get("id").asText();
        Api.Response reply = api.as("computing")
            .post("/api/comments/" + comment + "/moderation", Map.of("action", "RESPOND", "note", "Told them"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(codes(reply)).containsExactly("REPLIES_NOT_ALLOWED");
        assertThat(api.as("computing")
            .post("/api/comments/" + comment + "/moderation", Map.of("action", "NO_ACTION", "note", "A question only"))
            .status()).isEqualTo(200);

        JsonNode byTeacher = api.as("teacher").post("/api/posts", draft(id, "OFFSITE")).json();
        assertThat(byTeacher.get("violations").findValuesAsText("code")).containsExactly("OFFSITE_LOCATION");
        JsonNode byHead = api.as("head").post("/api/posts", draft(id, "OFFSITE")).json();
        assertThat(byHead.get("violations").findValuesAsText("code")).isEmpty();
    }

}
