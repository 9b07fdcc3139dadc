package org.safeguarding.post.comment;

import java.time.Instant;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.test.matchers.Matchers;
import org.axonframework.test.saga.SagaTestFixture;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.api.post.EscalateMissedResponse;
import org.safeguarding.kernel.api.post.ResponseDeadlineMissed;
import org.safeguarding.kernel.audit.AuditMetaData;

class MissedResponseSagaTest {

    private static final Instant RESPOND_BY = Instant.parse("2026-11-19T10:00:00Z");

    private SagaTestFixture<MissedResponseSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(MissedResponseSaga.class);
        // Configured by name, so the directory is not asked.
        fixture.registerResource(new MissedResponseReporter(null, "dsl"));
        fixture.givenCurrentTime(RESPOND_BY.plusSeconds(1));
    }

    @Test
    void givenNothing_whenResponseDeadlineMissed_thenTheSystemEscalatesItInTheReportersNameAndTheSagaEnds() {
        fixture.givenNoPriorActivity()
            .whenPublishingA(new ResponseDeadlineMissed("comment-1", RESPOND_BY))
            .expectDispatchedCommandsMatching(Matchers.exactSequenceOf(new TypeSafeMatcher<CommandMessage<?>>() {
                @Override
                protected boolean matchesSafely(CommandMessage<?> message) {
                    return message.getPayload() instanceof EscalateMissedResponse escalate
                            && escalate.commentId().equals("comment-1") && escalate.reportedFor().equals("dsl")
                            && AuditMetaData.actorOf(message.getMetaData()).equals(Actor.SYSTEM);
                }

                @Override
                public void describeTo(Description description) {
                    description.appendText("EscalateMissedResponse for dsl sent as the system");
                }
            }, Matchers.andNoMore()))
            .expectActiveSagas(0)
            .expectNoScheduledDeadlines();
    }

}
