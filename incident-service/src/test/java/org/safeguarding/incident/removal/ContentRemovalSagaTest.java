package org.safeguarding.incident.removal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.api.incident.CompleteModerationAction;
import org.safeguarding.kernel.api.incident.ContentRef;
import org.safeguarding.kernel.api.incident.ContentType;
import org.safeguarding.kernel.api.incident.FailModerationAction;
import org.safeguarding.kernel.api.incident.ModerationActionRecorded;
import org.safeguarding.kernel.api.incident.ModerationActionType;
import org.safeguarding.kernel.api.incident.ModerationStatus;
import org.safeguarding.kernel.audit.AuditMetaData;

class ContentRemovalSagaTest {

    private static final ContentRef COMMENT = new ContentRef(ContentType.COMMENT, "comment-9");
    private static final Actor DSL = Actor.of("dsl", Role.STAFF, Role.DSL);

    private SagaTestFixture<ContentRemovalSaga> fixture;
    private ScriptedPostService postService;

    /** Answers each removal with the next scripted outcome and remembers what it was asked. */
    private static final class ScriptedPostService implements ContentRemoval {

        final Deque<Outcome> outcomes = new ArrayDeque<>();
        final List<String> requests = new ArrayList<>();

        @Override
        public Result remove(ContentRef content, String incidentId, String requestedBy) {
            requests.add(content.id() + " for " + incidentId + " by " + requestedBy);
            Outcome outcome = outcomes.isEmpty() ? Outcome.UNAVAILABLE : outcomes.poll();
            return new Result(outcome, outcome == Outcome.REFUSED ? "post-service answered 404" : null);
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(ContentRemovalSaga.class);
        fixture.givenCurrentTime(Instant.parse("2026-11-20T10:00:00Z"));
        postService = new ScriptedPostService();
        fixture.registerResource(postService);
        fixture.registerResource(new RemovalRetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(5)));
    }

    private static GenericEventMessage<ModerationActionRecorded> deleteContentRequestedByTheDsl() {
        return new GenericEventMessage<>(new ModerationActionRecorded("incident-1", "action-1",
                ModerationActionType.DELETE_CONTENT, "Undermines staff", COMMENT, ModerationStatus.PENDING),
                AuditMetaData.of(DSL));
    }

    @Test
    void givenPostServiceUp_whenDeleteContentRecorded_thenRemovedAndTheActionCompleted() {
        postService.outcomes.add(ContentRemoval.Outcome.REMOVED);

        fixture.givenNoPriorActivity()
                .whenPublishingA(deleteContentRequestedByTheDsl())
                .expectDispatchedCommands(new CompleteModerationAction("incident-1", "action-1"))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
        assertThat(postService.requests).containsExactly("comment-9 for incident-1 by dsl");
    }

    @Test
    void givenPostServiceDown_whenDeleteContentRecorded_thenARetryIsScheduledAndNothingIsRecordedYet() {
        postService.outcomes.add(ContentRemoval.Outcome.UNAVAILABLE);

        fixture.givenNoPriorActivity()
                .whenPublishingA(deleteContentRequestedByTheDsl())
                .expectNoDispatchedCommands()
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(Duration.ofSeconds(5), ContentRemovalSaga.RETRY_DEADLINE);
    }

    @Test
    void givenPostServiceDownTwice_whenItComesBack_thenRetriedWithBackOffUntilRemoved() throws Exception {
        postService.outcomes.addAll(List.of(ContentRemoval.Outcome.UNAVAILABLE, ContentRemoval.Outcome.UNAVAILABLE,
                ContentRemoval.Outcome.REMOVED));

        fixture.givenAPublished(deleteContentRequestedByTheDsl())
                .andThenTimeElapses(Duration.ofSeconds(6))
                .whenTimeElapses(Duration.ofSeconds(11))
                .expectDispatchedCommands(new CompleteModerationAction("incident-1", "action-1"))
                .expectActiveSagas(0);
        assertThat(postService.requests).hasSize(3);
    }

    @Test
    void givenPostServiceRefuses_whenDeleteContentRecorded_thenTheActionFailedWithTheReason() {
        postService.outcomes.add(ContentRemoval.Outcome.REFUSED);

        fixture.givenNoPriorActivity()
                .whenPublishingA(deleteContentRequestedByTheDsl())
                .expectDispatchedCommands(new FailModerationAction("incident-1", "action-1", "post-service answered 404"))
                .expectActiveSagas(0);
    }

    @Test
    void givenAnActionDoneByHand_whenRecorded_thenNothingIsAskedOfPostService() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(new ModerationActionRecorded("incident-1", "action-2", ModerationActionType.REPORT_TO_PLATFORM,
                        "Reported to X", null, ModerationStatus.DONE))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
        assertThat(postService.requests).isEmpty();
    }

    @Test
    void theBackOffDoublesUpToTheLongestDelay() {
        var policy = new RemovalRetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(5));

        assertThat(List.of(policy.delayBefore(1), policy.delayBefore(2), policy.delayBefore(3), policy.delayBefore(10)))
                .containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofMinutes(5));
    }
}
