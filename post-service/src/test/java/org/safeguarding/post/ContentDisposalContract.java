package org.safeguarding.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.kernel.api.post.CommentReceived;
import org.safeguarding.kernel.api.post.PostDrafted;
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
 * Posts and comments kept past the school's period are disposed of with four eyes, over
 * real HTTP with the clock moved on: listed, proposed by the DSL, refused for the
 * proposer, approved by the headteacher or the chair; afterwards no view, rebuilt or not,
 * holds their text or author, their events are still stored but read as erased,
 * verification stays valid and a signed certificate names the rule, the approvers and the
 * count. Run on H2 and on PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(MutableClock.InTheService.class)
@TestPropertySource(properties = "safeguarding.incident-service.url=http://localhost:9")
abstract class ContentDisposalContract extends ServiceOverHttp {

    static final String PUPIL = "Hazel Quint";

    static final String COMMENTER = "@hazel_parent";

    /** Past both periods (six years for posts, two for comments). */
    static final Duration SEVEN_YEARS = Duration.ofDays(7 * 366);

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventStore events;

    @AfterEach
    void clockBackToNow() {
        clock.set(Instant.now());
    }

    @Test
    void aPostAndACommentPastThePeriodAreDisposedOfWithASecondPersonsApprovalAndTheirKeysErased(@TempDir Path work) {
        String account = activeAccount();
        String post = draftPost(account);
        String comment = receiveComment(account);
        assertThat(due()).doesNotContain(post, comment);

        clock.set(Instant.now().plus(SEVEN_YEARS));
        assertThat(due()).contains(post, comment);
        assertThat(problem(propose("head", "COMMENTS", comment))).isEqualTo("only-dsl-proposes-disposal");
        assertThat(problem(propose("dsl", "COMMENTS", post))).isEqualTo("rule-does-not-apply");
        assertThat(problem(propose("dsl", "COMMENTS", "no-such-comment"))).isEqualTo("not-due");

        Api.Response proposed = propose("dsl", "COMMENTS", comment);
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String commentDisposal = proposed.json().get("id").asText();
        assertThat(proposed.header("Location")).isEqualTo("/api/disposals/" + commentDisposal);
        assertThat(proposed.json().get("status").asText()).isEqualTo("PROPOSED");
        assertThat(proposed.json().get("contentIds").findValuesAsText("contentIds")).isEmpty();
        assertThat(proposed.json().get("contentIds").get(0).asText()).isEqualTo(comment);
        assertThat(problem(certificate("dsl", commentDisposal, "application/json")))
            .isEqualTo("disposal-not-completed");

        Api.Response byTheProposer = api.as("dsl").post("/api/disposals/" + commentDisposal + "/approval");
        assertThat(byTheProposer.status()).isEqualTo(403);
        assertThat(problem(byTheProposer)).isEqualTo("proposer-cannot-approve");
        assertThat(problem(api.as("deputy").post("/api/disposals/" + commentDisposal + "/approval")))
            .isEqualTo("only-headteacher-or-chair-approves");
        assertThat(api.as("teacher").post("/api/disposals/" + commentDisposal + "/approval").status()).isEqualTo(403);

        Api.Response approved = api.as("head").post("/api/disposals/" + commentDisposal + "/approval");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("DISPOSED");
        assertThat(approved.json().get("decidedBy").asText()).isEqualTo("head");
        assertThat(approved.json().get("disposed").asInt()).isEqualTo(1);
        assertThat(problem(api.as("chair").post("/api/disposals/" + commentDisposal + "/approval")))
            .isEqualTo("disposal-not-pending");

        String postDisposal = propose("dsl", "POSTS", post).json().get("id").asText();
        Api.Response postApproved = api.as("chair").post("/api/disposals/" + postDisposal + "/approval");
        assertThat(postApproved.status()).as(postApproved.toString()).isEqualTo(200);
        assertThat(api.as("head").get("/api/disposals").json().findValuesAsText("id")).contains(commentDisposal,
                postDisposal);

        String commentView = api.as("dsl").get("/api/comments/" + comment).body();
        String postView = api.as("head").get("/api/posts/" + post).body();
        assertDisposed(commentView, postView);
        assertThat(due()).doesNotContain(post, comment);
        Api.Response moderation = api.as("dsl")
            .post("/api/comments/" + comment + "/moderation", Map.of("action", "NO_ACTION", "note", "Again"));
        assertThat(moderation.status()).isEqualTo(409);
        assertThat(problem(moderation)).isEqualTo("comment-disposed");

        for (String subject : List.of(post, comment)) {
            assertThat(jdbc.queryForObject(
                    "select keyset is null and erased_at is not null from subject_key where key_id = ?", Boolean.class,
                    subject))
                .as("the key of " + subject + " is erased")
                .isTrue();
            assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                    Integer.class, subject))
                .as("the events of " + subject + " are still stored")
                .isGreaterThanOrEqualTo(2);
        }
        CommentReceived received = (CommentReceived) events.readEvents(comment).next().getPayload();
        assertThat(received.text()).as("the stored comment, read with its key erased").isEqualTo("[erased]");
        assertThat(received.author()).isEqualTo("[erased]");
        PostDrafted drafted = (PostDrafted) events.readEvents(post).next().getPayload();
        assertThat(drafted.content().text()).isEqualTo("[erased]");

        ProjectionRebuilds.rebuildEach(api);
        assertThat(api.as("dsl").get("/api/comments/" + comment).body()).as("after every view is rebuilt")
            .isEqualTo(commentView);
        assertThat(api.as("head").get("/api/posts/" + post).body()).isEqualTo(postView);
        assertThat(due()).doesNotContain(post, comment);

        String recorded = new String(
                jdbc.queryForObject(
                        "select payload from domain_event_entry where payload_type like '%ContentRecordsDisposed' "
                                + "and aggregate_identifier = ?",
                        byte[].class, commentDisposal),
                StandardCharsets.UTF_8);
        assertThat(recorded).contains("COMMENTS").contains("\"dsl\"").contains("\"head\"").doesNotContain("Hazel");

        Signatures signatures = new Signatures(work, api.anonymous().get("/api/audit/public-key").body());
        for (String type : List.of("application/json", "application/pdf")) {
            Api.Response certificate = certificate("chair", commentDisposal, type);
            assertThat(certificate.status()).as(type + " " + certificate).isEqualTo(200);
            assertThat(certificate.contentType()).startsWith(type);
            assertThat(certificate.header("Export-Checkpoint")).isNotBlank();
            assertThat(signatures.verify(certificate.bytes(), certificate.header("Export-Signature"))).as(type)
                .isTrue();
        }
        JsonNode issued = certificate("chair", commentDisposal, "application/json").json();
        assertThat(issued.get("rule").asText()).isEqualTo("COMMENTS");
        assertThat(issued.get("ruleSource").asText()).contains("P2Y");
        assertThat(issued.get("proposedBy").asText()).isEqualTo("dsl");
        assertThat(issued.get("approvedBy").asText()).isEqualTo("head");
        assertThat(issued.get("count").asInt()).isEqualTo(1);
        assertThat(issued.get("contentIds").get(0).asText()).isEqualTo(comment);
        assertThat(issued.toString()).doesNotContain("Hazel").doesNotContain("hazel_parent");

        clock.set(Instant.now());
        JsonNode verification = await().atMost(Duration.ofSeconds(20))
            .until(() -> api.as("head").get("/api/audit/verification").json(),
                    result -> result.get("pending").asLong() == 0);
        assertThat(verification.get("valid").asBoolean()).as(verification.toString()).isTrue();
    }

    private static void assertDisposed(String commentView, String postView) {
        assertThat(commentView).doesNotContain("Hazel")
            .doesNotContain("hazel_parent")
            .contains("\"text\":\"[disposed]\"")
            .contains("\"status\":\"DISPOSED\"")
            .contains("\"author\":null")
            .contains("disposedAt");
        assertThat(postView).doesNotContain("Hazel")
            .contains("\"text\":\"[disposed]\"")
            .contains("\"status\":\"DISPOSED\"")
            .contains("\"author\":null");
    }

    String draftPost(String account) {
        Api.Response drafted = api.as("teacher")
            .post("/api/posts", Map.of("accountId", account, "text", PUPIL + " at the art show", "location", "ONSITE"));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        return drafted.json().get("id").asText();
    }

    String receiveComment(String account) {
        Api.Response received = api.as("service")
            .post("/api/comments", Map.of("accountId", account, "author", COMMENTER, "text",
                    PUPIL + " painted the best picture", "receivedAt", Instant.now().toString()));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        return received.json().get("id").asText();
    }

    List<String> due() {
        return api.as("dsl").get("/api/retention/due").json().findValuesAsText("id");
    }

    Api.Response propose(String who, String rule, String... contentIds) {
        return api.as(who).post("/api/disposals", Map.of("contentIds", List.of(contentIds), "rule", rule));
    }

    Api.Response certificate(String who, String disposal, String type) {
        return api.as(who).get("/api/disposals/" + disposal + "/certificate", "Accept", type);
    }

    String activeAccount() {
        Api.Response proposed = api.as("teacher")
            .post("/api/accounts",
                    Map.of("platform", "X", "handle", "@DimpleWell" + System.nanoTime() % 1000, "aim", "Share learning",
                            "audience", "Parents and carers", "promotion", "Website and newsletter", "visibility",
                            "PUBLIC", "runBy", List.of("teacher", "teacher2")));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String id = proposed.json().get("id").asText();
        assertThat(api.as("head").post("/api/accounts/" + id + "/approval").status()).isEqualTo(200);
        return id;
    }

    static String problem(Api.Response response) {
        return response.json().get("type").asText().replaceAll(".*/problems/", "");
    }

}
