package org.safeguarding.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.ServiceCrashContract;

/**
 * A command answered 2xx is on disk: the service, a real process from the jar, is killed
 * with SIGKILL straight after a burst of account proposals, consent changes and inbound
 * comments, and started again on the same database; every one of them is there and the
 * response deadline of the last comment still fires.
 */
abstract class CrashSafetyContract extends ServiceCrashContract {

    private static final int ROUNDS = 20;

    @Test
    void everyCommandAnsweredSurvivesAKillStraightAfterAndTheLastCommentsDeadlineStillFires() {
        startWithAFiveSecondDeadline("post-service", "safeguarding.comments.respond-within");
        String account = proposeAccount(service.api(), "@CrashTest");
        assertThat(service.api().as("head").post("/api/accounts/" + account + "/approval").status()).isEqualTo(200);

        List<String> accounts = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        for (int i = 1; i <= ROUNDS; i++) {
            Api api = service.api();
            accounts.add(proposeAccount(api, "@Class" + i));
            Api.Response consent = api.as("dsl")
                .put("/api/pupils/P-" + i,
                        Map.of("name", "Pupil Number" + i, "photoConsent", true, "noPhotoList", false));
            assertThat(consent.status()).as(consent.toString()).isEqualTo(200);
            Api.Response comment = api.as("service")
                .post("/api/comments", Map.of("accountId", account, "author", "@parent" + i, "text", "Comment " + i,
                        "receivedAt", Instant.now().toString(), "platformCommentId", "crash-" + i));
            assertThat(comment.status()).as(comment.toString()).isEqualTo(201);
            comments.add(comment.json().get("id").asText());
        }
        service.crash();
        service.start();

        Api api = service.api();
        List<String> lost = new ArrayList<>();
        accounts.stream()
            .filter(id -> api.as("teacher").get("/api/accounts/" + id).status() != 200)
            .forEach(id -> lost.add("account proposal " + id));
        comments.stream()
            .filter(id -> api.as("computing").get("/api/comments/" + id).status() != 200)
            .forEach(id -> lost.add("comment " + id));
        for (int i = 1; i <= ROUNDS; i++) {
            Api.Response pupil = api.as("dsl").get("/api/pupils/P-" + i);
            if (pupil.status() != 200 || !pupil.json().get("photoConsent").asBoolean()) {
                lost.add("consent of P-" + i);
            }
        }
        assertThat(lost).as("commands answered 2xx but gone after kill -9").isEmpty();

        String last = comments.get(ROUNDS - 1);
        await().atMost(Duration.ofSeconds(120))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> !api.as("computing").get("/api/comments/" + last).json().get("overdueRecordedAt").isNull());
    }

    private static String proposeAccount(Api api, String handle) {
        Api.Response proposed = api.as("computing")
            .post("/api/accounts",
                    Map.of("platform", "X", "handle", handle, "aim", "Share learning", "audience", "Parents and carers",
                            "promotion", "Newsletter", "visibility", "PUBLIC", "runBy",
                            List.of("computing", "teacher")));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        return proposed.json().get("id").asText();
    }

}
