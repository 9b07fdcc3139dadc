package org.safeguarding.post.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.RunningService;

/**
 * Both services as real processes over real HTTP, running the Dimple Well journey: a
 * comment undermining staff arrives on the school's account, the computing lead escalates
 * it, the incident asks for the comment to be deleted, post-service deletes it, the
 * incident shows the action DONE and is closed; each service's record names the computing
 * lead, via the other service, and governors read no pupil the register names. Then the
 * same with post-service down while the deletion is asked for.
 */
class DimpleWellEndToEndIT {

    @TempDir
    static Path work;

    static RunningService incidentService;
    static RunningService postService;
    static String accountId;

    @BeforeAll
    static void startBothServices() {
        incidentService = new RunningService("incident-service", work,
                List.of("safeguarding.post-service.retry-first=PT1S", "safeguarding.post-service.retry-longest=PT2S",
                        "db-scheduler.polling-interval=500ms"));
        postService = new RunningService("post-service", work, List
            .of("safeguarding.incident-service.url=" + incidentService.url(), "db-scheduler.polling-interval=500ms"));
        incidentService.withProperty("safeguarding.post-service.url=" + postService.url());
        incidentService.start();
        postService.start();

        Api posts = postService.api();
        Api.Response proposed = posts.as("computing")
            .post("/api/accounts",
                    Map.of("platform", "Twitter", "handle", "@DimpleWell54", "aim", "Showcase learning", "audience",
                            "Parents", "promotion", "School website", "visibility", "PUBLIC", "runBy",
                            List.of("computing", "teacher")));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        accountId = proposed.json().get("id").asText();
        assertThat(posts.as("head").post("/api/accounts/" + accountId + "/approval").status()).isEqualTo(200);
    }

    @AfterAll
    static void stopBothServices() {
        postService.stop();
        incidentService.stop();
    }

    private static String commentEscalatedByTheComputingLead(String text) {
        Api posts = postService.api();
        Api.Response comment = posts.as("admin")
            .post("/api/comments", Map.of("accountId", accountId, "author", "@angry_parent", "text", text, "receivedAt",
                    Instant.now().toString(), "platformCommentId", platformIdOf(text)));
        assertThat(comment.status()).as(comment.toString()).isEqualTo(201);
        String commentId = comment.json().get("id").asText();

        Api.Response moderated = posts.as("computing")
            .post("/api/comments/" + commentId + "/moderation", Map.of("action", "NO_ACTION", "note",
                    "Undermines a member of staff; reporting it on the orange form", "escalate",
                    Map.of("category", "UNDERMINING_COMMENT", "summary", "Comment undermining the Year 2 teacher")));
        assertThat(moderated.status()).as(moderated.toString()).isEqualTo(200);
        return commentId;
    }

    private static String platformIdOf(String text) {
        return "tweet-" + Integer.toHexString(text.hashCode());
    }

    private static String incidentAbout(String commentId) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode comment = postService.api().as("computing").get("/api/comments/" + commentId).json();
            return comment.get("incidentIds").isEmpty() ? null : comment.get("incidentIds").get(0).asText();
        }, id -> id != null);
    }

    private static JsonNode incident(String id) {
        return incidentService.api().as("computing").get("/api/incidents/" + id).json();
    }

    private static void deleteTheContentAndCloseOnceDone(String incidentId, String commentId, Runnable whilePending) {
        Api incidents = incidentService.api();
        Api.Response asked = incidents.as("computing")
            .post("/api/incidents/" + incidentId + "/moderation-actions",
                    Map.of("action", "DELETE_CONTENT", "note", "Delete the comment"));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        whilePending.run();

        await().atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> "DONE".equals(incident(incidentId).get("moderationActions").get(0).get("status").asText()));
        assertThat(postService.api().as("computing").get("/api/comments/" + commentId).json().get("status").asText())
            .isEqualTo("DELETED");

        Api.Response closed = incidents.as("computing")
            .post("/api/incidents/" + incidentId + "/closure",
                    Map.of("outcome", "RESOLVED", "rationale", "Comment deleted; the parent invited in to talk"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void aCommentUnderminingStaffIsEscalatedDeletedAndTheIncidentClosed() {
        Api.Response registered = postService.api()
            .as("dsl")
            .put("/api/pupils/P-5", Map.of("name", "Cara Dunn", "photoConsent", false, "noPhotoList", true));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
        String commentId = commentEscalatedByTheComputingLead(
                "The Year 2 teacher can't be trusted with our kids, ask Dunn, Cara");
        String incidentId = incidentAbout(commentId);

        JsonNode reported = incident(incidentId);
        assertThat(reported.get("contentRef").get("type").asText()).isEqualTo("COMMENT");
        assertThat(reported.get("contentRef").get("id").asText()).isEqualTo(commentId);
        assertThat(reported.get("reportedBy").asText()).isEqualTo("computing");
        assertThat(reported.get("reportedVia").asText()).isEqualTo("post-service");
        assertThat(reported.get("level").asText()).isEqualTo("COMPUTING_LEAD");

        deleteTheContentAndCloseOnceDone(incidentId, commentId, () -> {
        });

        JsonNode timeline = incidentService.api().as("dsl").get("/api/incidents/" + incidentId + "/timeline").json();
        assertThat(timeline.findValuesAsText("type")).containsSubsequence("IncidentReported",
                "ModerationActionRecorded", "ModerationActionCompleted", "IncidentClosed");
        JsonNode reportedBy = timeline.get(0).get("actor");
        assertThat(reportedBy.get("username").asText()).isEqualTo("computing");
        assertThat(reportedBy.get("via").asText()).isEqualTo("post-service");
        JsonNode deletion = postService.api().as("computing").get("/api/comments/" + commentId).json().get("deletion");
        assertThat(deletion.get("by").asText()).isEqualTo("computing");
        assertThat(deletion.get("via").asText()).isEqualTo("incident-service");

        String governors = incidentService.api().as("governor").get("/api/audit/events?size=500").body();
        assertThat(governors).as("the pupil in post-service's register is named in no governor's view")
            .doesNotContainIgnoringCase("dunn")
            .contains("Pupil-");
        assertThat(incidentService.api().as("dsl").get("/api/audit/events?size=500").body()).contains("Dunn, Cara");
    }

    @Test
    void theDeletionWaitsForPostServiceToComeBackAndHappensOnce() {
        String commentId = commentEscalatedByTheComputingLead("Staff here are a disgrace");
        String incidentId = incidentAbout(commentId);

        deleteTheContentAndCloseOnceDone(incidentId, commentId, () -> {
            postService.stop();
            try {
                Thread.sleep(4_000);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertThat(incident(incidentId).get("moderationActions").get(0).get("status").asText())
                .isEqualTo("PENDING");
            postService.start();
        });

        JsonNode comment = postService.api().as("computing").get("/api/comments/" + commentId).json();
        assertThat(comment.get("deletion").get("incidentId").asText()).isEqualTo(incidentId);
        JsonNode outbox = postService.api().as("admin").get("/api/outbox?size=100").json().get("content");
        long deletions = 0;
        for (JsonNode sent : outbox) {
            if (sent.get("operation").asText().equals("DELETE_COMMENT")
                    && sent.get("target").asText().equals(platformIdOf("Staff here are a disgrace"))) {
                deletions++;
            }
        }
        assertThat(deletions).as("the comment is deleted on the platform exactly once").isEqualTo(1);
        JsonNode timeline = incidentService.api().as("dsl").get("/api/incidents/" + incidentId + "/timeline").json();
        assertThat(timeline.findValuesAsText("type").stream().filter("ModerationActionCompleted"::equals)).hasSize(1);
    }

}
