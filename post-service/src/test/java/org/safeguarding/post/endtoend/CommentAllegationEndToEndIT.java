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
 * Both services as real processes over real HTTP: a parent's comment on the school's
 * account says a teacher grabbed her son; the DSL hides it and escalates it as an
 * allegation against that teacher; incident-service routes it to the headteacher with the
 * LADO clock running and keeps it from the teacher; the headteacher refers it to the
 * LADO.
 */
class CommentAllegationEndToEndIT {

    @TempDir
    static Path work;

    static RunningService incidentService;
    static RunningService postService;

    @BeforeAll
    static void startBothServices() {
        incidentService = new RunningService("incident-service", work, List.of());
        postService = new RunningService("post-service", work, List
            .of("safeguarding.incident-service.url=" + incidentService.url(), "db-scheduler.polling-interval=500ms"));
        incidentService.withProperty("safeguarding.post-service.url=" + postService.url());
        incidentService.start();
        postService.start();
    }

    @AfterAll
    static void stopBothServices() {
        postService.stop();
        incidentService.stop();
    }

    @Test
    void aParentsCommentAccusingATeacherReachesTheHeadteacherAndTheLado() {
        Api posts = postService.api();
        Api.Response proposed = posts.as("computing")
            .post("/api/accounts",
                    Map.of("platform", "Twitter", "handle", "@DimpleWell54", "aim", "Showcase learning", "audience",
                            "Parents", "promotion", "School website", "visibility", "PUBLIC", "runBy",
                            List.of("computing", "teacher")));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String accountId = proposed.json().get("id").asText();
        assertThat(posts.as("head").post("/api/accounts/" + accountId + "/approval").status()).isEqualTo(200);
        Api.Response comment = posts.as("admin")
            .post("/api/comments",
                    Map.of("accountId", accountId, "author", "@a_parent", "text",
                            "Ms Teacher grabbed my son by the arm in the playground and left a bruise", "receivedAt",
                            Instant.now().toString(), "platformCommentId", "tweet-allegation"));
        assertThat(comment.status()).as(comment.toString()).isEqualTo(201);
        String commentId = comment.json().get("id").asText();

        Api.Response moderated = posts.as("dsl")
            .post("/api/comments/" + commentId + "/moderation",
                    Map.of("action", "HIDE", "note",
                            "An allegation against a teacher: hidden and reported to the headteacher", "publicReason",
                            "Hidden: concerns about staff are taken up with the school directly.", "escalate",
                            Map.of("category", "STAFF_CONDUCT", "summary", "Parent says a teacher grabbed her son",
                                    "form", "SAFEGUARDING", "subjects",
                                    List.of(Map.of("kind", "STAFF", "name", "Ms Tessa Teacher", "ref", "teacher")),
                                    "allegationAgainstAdult", true)));
        assertThat(moderated.status()).as(moderated.toString()).isEqualTo(200);
        String incidentId = await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode escalated = posts.as("dsl").get("/api/comments/" + commentId).json();
            return escalated.get("incidentIds").isEmpty() ? null : escalated.get("incidentIds").get(0).asText();
        }, id -> id != null);

        Api incidents = incidentService.api();
        JsonNode reported = incidents.as("head").get("/api/incidents/" + incidentId).json();
        assertThat(reported.get("form").asText()).isEqualTo("SAFEGUARDING");
        assertThat(reported.get("allegationAgainstAdult").asBoolean()).isTrue();
        assertThat(reported.get("level").asText()).isEqualTo("SLT");
        assertThat(reported.get("assignedRole").asText()).isEqualTo("HEADTEACHER");
        assertThat(reported.get("deadlines").toString()).as("the LADO decision clock runs").contains("LADO_DECISION");
        assertThat(reported.get("contentRef").get("id").asText()).isEqualTo(commentId);
        assertThat(reported.get("reportedBy").asText()).isEqualTo("dsl");
        assertThat(reported.get("reportedVia").asText()).isEqualTo("post-service");
        assertThat(incidents.as("teacher").get("/api/incidents/" + incidentId).status())
            .as("the teacher the allegation names never sees it")
            .isEqualTo(404);

        Api.Response referred = incidents.as("head")
            .post("/api/incidents/" + incidentId + "/lado-referral",
                    Map.of("adult", Map.of("name", "Ms Tessa Teacher", "role", "Class teacher"), "allegation",
                            Map.of("what", "Grabbed a pupil by the arm, leaving a bruise", "where", "Playground",
                                    "howItCameToLight", "The pupil's mother posted it on the school's account"),
                            "reason", "Physical harm alleged: the LADO is told within one working day"));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(200);
        assertThat(referred.json().get("referrals").toString()).contains("LADO");
        assertThat(referred.json().get("ladoDecision").get("referred").asBoolean()).isTrue();
    }

}
