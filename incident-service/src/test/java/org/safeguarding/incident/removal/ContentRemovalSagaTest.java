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
import org.safeguarding.kernel.servicecall.ServiceCall;
import org.safeguarding.kernel.servicecall.ServiceClient;
import org.safeguarding.kernel.servicecall.ServiceEndpoint;
import org.springframework.web.client.RestClient;

class ContentRemovalSagaTest {

    private static final ContentRef COMMENT = new ContentRef(ContentType.COMMENT, "comment-9");

    private static final Actor DSL = Actor.of("dsl", Role.STAFF, Role.DSL);

    private SagaTestFixture<ContentRemovalSaga> fixture;

    private ScriptedPostService postService;

    private enum Outcome {

        DELETED, REFUSED, UNAVAILABLE

    }

    /**
     * Answers each call with the next scripted outcome and remembers what it was asked.
     */
    private static final class ScriptedPostService extends ServiceClient {

        final Deque<Outcome> outcomes = new ArrayDeque<>();

        final List<ServiceCall> requests = new ArrayList<>();

        ScriptedPostService() {
            super("post-service", new ServiceEndpoint("http://localhost:1", "incident-service", "demo",
                    Duration.ofSeconds(5), Duration.ofMinutes(5)), RestClient.builder());
        }

        @Override
        public void send(ServiceCall call) {
            requests.add(call);
            Outcome outcome = outcomes.isEmpty() ? Outcome.UNAVAILABLE : outcomes.poll();
            if (outcome == Outcome.UNAVAILABLE) {
                throw new Unavailable("post-service answered 503", null);
            }
            if (outcome == Outcome.REFUSED) {
                throw new Refused("post-service answered 404");
            }
        }

    }

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(ContentRemovalSaga.class);
        fixture.givenCurrentTime(Instant.parse("2026-11-20T10:00:00Z"));
        postService = new ScriptedPostService();
        fixture.registerResource(postService);
    }

    private static GenericEventMessage<ModerationActionRecorded> deleteContentRequestedByTheDsl() {
        return new GenericEventMessage<>(new ModerationActionRecorded("incident-1", "action-1",
                ModerationActionType.DELETE_CONTENT, "Undermines staff", COMMENT, ModerationStatus.PENDING),
                AuditMetaData.of(DSL));
    }

    @Test
    void givenPostServiceUp_whenDeleteContentRecorded_thenDeletedAndTheActionCompleted() {
        postService.outcomes.add(Outcome.DELETED);

        fixture.givenNoPriorActivity()
            .whenPublishingA(deleteContentRequestedByTheDsl())
            .expectDispatchedCommands(new CompleteModerationAction("incident-1", "action-1"))
            .expectActiveSagas(0)
            .expectNoScheduledDeadlines();
        assertThat(postService.requests).singleElement().satisfies(call -> {
            assertThat(call.path()).isEqualTo("/api/content/{id}/deletion");
            assertThat(call.pathVariables()).containsExactly("comment-9");
            assertThat(call.forPerson()).isEqualTo("dsl");
            assertThat(call.idempotencyKey()).isEqualTo("incident-1");
        });
    }

    @Test
    void givenPostServiceDown_whenDeleteContentRecorded_thenARetryIsScheduledAndNothingIsRecordedYet() {
        postService.outcomes.add(Outcome.UNAVAILABLE);

        fixture.givenNoPriorActivity()
            .whenPublishingA(deleteContentRequestedByTheDsl())
            .expectNoDispatchedCommands()
            .expectActiveSagas(1)
            .expectScheduledDeadlineWithName(Duration.ofSeconds(5), ContentRemovalSaga.RETRY_DEADLINE);
    }

    @Test
    void givenPostServiceDownTwice_whenItComesBack_thenRetriedWithBackOffUntilDeleted() throws Exception {
        postService.outcomes.addAll(List.of(Outcome.UNAVAILABLE, Outcome.UNAVAILABLE, Outcome.DELETED));

        fixture.givenAPublished(deleteContentRequestedByTheDsl())
            .andThenTimeElapses(Duration.ofSeconds(6))
            .whenTimeElapses(Duration.ofSeconds(11))
            .expectDispatchedCommands(new CompleteModerationAction("incident-1", "action-1"))
            .expectActiveSagas(0);
        assertThat(postService.requests).hasSize(3);
    }

    @Test
    void givenPostServiceRefuses_whenDeleteContentRecorded_thenTheActionFailedWithTheReason() {
        postService.outcomes.add(Outcome.REFUSED);

        fixture.givenNoPriorActivity()
            .whenPublishingA(deleteContentRequestedByTheDsl())
            .expectDispatchedCommands(new FailModerationAction("incident-1", "action-1", "post-service answered 404"))
            .expectActiveSagas(0);
    }

    private static GenericEventMessage<ModerationActionRecorded> blockUserRequestedByTheDsl() {
        return new GenericEventMessage<>(new ModerationActionRecorded("incident-1", "action-3",
                ModerationActionType.BLOCK_USER, "Repeated abuse", COMMENT, ModerationStatus.PENDING),
                AuditMetaData.of(DSL));
    }

    @Test
    void givenPostServiceUp_whenBlockUserRecorded_thenTheAuthorIsBlockedAndTheActionCompleted() {
        postService.outcomes.add(Outcome.DELETED);

        fixture.givenNoPriorActivity()
            .whenPublishingA(blockUserRequestedByTheDsl())
            .expectDispatchedCommands(new CompleteModerationAction("incident-1", "action-3"))
            .expectActiveSagas(0);
        assertThat(postService.requests).singleElement().satisfies(call -> {
            assertThat(call.path()).isEqualTo("/api/content/{id}/author-block");
            assertThat(call.pathVariables()).containsExactly("comment-9");
            assertThat(call.forPerson()).isEqualTo("dsl");
            assertThat(call.idempotencyKey()).isEqualTo("incident-1-action-3");
        });
    }

    @Test
    void givenPostServiceDownTwice_whenItComesBack_thenTheBlockIsRetriedWithTheDeletionsBackOff() throws Exception {
        postService.outcomes.addAll(List.of(Outcome.UNAVAILABLE, Outcome.UNAVAILABLE, Outcome.DELETED));

        fixture.givenAPublished(blockUserRequestedByTheDsl())
            .andThenTimeElapses(Duration.ofSeconds(6))
            .whenTimeElapses(Duration.ofSeconds(11))
            .expectDispatchedCommands(new CompleteModerationAction("incident-1", "action-3"))
            .expectActiveSagas(0);
        assertThat(postService.requests).hasSize(3)
            .allSatisfy(call -> assertThat(call.path()).isEqualTo("/api/content/{id}/author-block"));
    }

    @Test
    void givenPostServiceRefuses_whenBlockUserRecorded_thenTheActionFailedWithTheReason() {
        postService.outcomes.add(Outcome.REFUSED);

        fixture.givenNoPriorActivity()
            .whenPublishingA(blockUserRequestedByTheDsl())
            .expectDispatchedCommands(new FailModerationAction("incident-1", "action-3", "post-service answered 404"))
            .expectActiveSagas(0);
    }

    @Test
    void givenAnActionDoneByHand_whenRecorded_thenNothingIsAskedOfPostService() {
        fixture.givenNoPriorActivity()
            .whenPublishingA(new ModerationActionRecorded("incident-1", "action-2",
                    ModerationActionType.REPORT_TO_PLATFORM, "Reported to X", null, ModerationStatus.DONE))
            .expectNoDispatchedCommands()
            .expectActiveSagas(0);
        assertThat(postService.requests).isEmpty();
    }

}
