package org.safeguarding.post.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.test.matchers.Matchers;
import org.axonframework.test.saga.SagaTestFixture;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.api.incident.ContentType;
import org.safeguarding.kernel.api.post.CommentAction;
import org.safeguarding.kernel.api.post.CommentModerated;
import org.safeguarding.kernel.api.post.CommentReceived;
import org.safeguarding.kernel.api.post.ContentDeleted;
import org.safeguarding.kernel.api.post.RecordMissedResponse;
import org.safeguarding.kernel.api.post.ResponseDeadlineReinstated;
import org.safeguarding.kernel.audit.AuditMetaData;

class CommentDeadlineSagaTest {

    private static final String ID = "comment-1";

    private static final Instant RECEIVED_AT = Instant.parse("2026-11-18T10:00:00Z");

    private static final Instant RESPOND_BY = Instant.parse("2026-11-19T10:00:00Z");

    private static final CommentReceived RECEIVED = new CommentReceived(ID, "account-1", "X", "@DimpleWell54", "@troll",
            null, "text", RECEIVED_AT, null, null, RESPOND_BY);

    private static final String REASON = "Nobody acted on the comment by Thursday 19 November 2026 10:00 "
            + "(Europe/London)";

    private SagaTestFixture<CommentDeadlineSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(CommentDeadlineSaga.class);
        fixture.givenCurrentTime(RECEIVED_AT);
    }

    @Test
    void givenNothing_whenCommentReceived_thenResponseDeadlineScheduledAtRespondBy() {
        fixture.givenNoPriorActivity()
            .whenPublishingA(RECEIVED)
            .expectActiveSagas(1)
            .expectScheduledDeadlineWithName(RESPOND_BY, CommentDeadlineSaga.RESPONSE_DEADLINE)
            .expectNoDispatchedCommands();
    }

    @Test
    void givenReceived_whenModerated_thenDeadlineCancelledAndSagaEnds() {
        fixture.givenAPublished(RECEIVED)
            .whenPublishingA(
                    new CommentModerated(ID, "m-1", CommentAction.RESPOND, "computing", "Replied by email", null, null))
            .expectActiveSagas(0)
            .expectNoScheduledDeadlines();
    }

    @Test
    void givenReceived_whenDeletedForAnIncident_thenDeadlineCancelledAndSagaEnds() {
        fixture.givenAPublished(RECEIVED)
            .whenPublishingA(new ContentDeleted(ID, ContentType.COMMENT, "dsl", "Abusive", "incident-1", null))
            .expectActiveSagas(0)
            .expectNoScheduledDeadlines();
    }

    @Test
    void givenModerated_whenRespondByPasses_thenNothingHappens() {
        fixture.givenAPublished(RECEIVED)
            .andThenAPublished(new CommentModerated(ID, "m-1", CommentAction.NO_ACTION, "dsl", "Fine", null, null))
            .whenTimeAdvancesTo(RESPOND_BY.plusSeconds(1))
            .expectDeadlinesMet()
            .expectNoDispatchedCommands();
    }

    @Test
    void givenReceived_whenNobodyActsByRespondBy_thenTheSystemRecordsTheMissedResponse() {
        fixture.givenAPublished(RECEIVED)
            .whenTimeElapses(Duration.ofHours(24).plusSeconds(1))
            .expectDeadlinesMet(new ResponseDue(ID, RESPOND_BY))
            .expectDispatchedCommandsMatching(Matchers.exactSequenceOf(new TypeSafeMatcher<CommandMessage<?>>() {
                @Override
                protected boolean matchesSafely(CommandMessage<?> message) {
                    return message.getPayload().equals(new RecordMissedResponse(ID, RESPOND_BY, REASON))
                            && AuditMetaData.actorOf(message.getMetaData()).equals(Actor.SYSTEM);
                }

                @Override
                public void describeTo(Description description) {
                    description.appendText("RecordMissedResponse sent as the system");
                }
            }, Matchers.andNoMore()))
            .expectActiveSagas(0);
    }

    private static final ResponseDeadlineReinstated REINSTATED = new ResponseDeadlineReinstated(ID, RESPOND_BY,
            "The scheduler no longer held this deadline");

    @Test
    void givenReceived_whenTheResponseDeadlineIsReinstated_thenScheduledAgainAtRespondBy() {
        fixture.givenAPublished(RECEIVED)
            .whenPublishingA(REINSTATED)
            .expectActiveSagas(1)
            .expectScheduledDeadlineWithName(RESPOND_BY, CommentDeadlineSaga.RESPONSE_DEADLINE)
            .expectNoDispatchedCommands();
    }

    @Test
    void givenReinstated_whenNobodyActsByRespondBy_thenTheMissedResponseIsRecordedOnce() {
        fixture.givenAPublished(RECEIVED)
            .andThenAPublished(REINSTATED)
            .whenTimeElapses(Duration.ofHours(24).plusSeconds(1))
            .expectDeadlinesMet(new ResponseDue(ID, RESPOND_BY))
            .expectDispatchedCommandsMatching(Matchers.exactSequenceOf(
                    Matchers.messageWithPayload(equalTo(new RecordMissedResponse(ID, RESPOND_BY, REASON))),
                    Matchers.andNoMore()))
            .expectActiveSagas(0);
    }

    @Test
    void givenReinstatedAfterRespondByPassed_whenAMomentPasses_thenItFiresAtOnce() {
        fixture.givenCurrentTime(RESPOND_BY.plus(Duration.ofHours(3)));
        fixture.givenAPublished(RECEIVED)
            .andThenAPublished(REINSTATED)
            .whenTimeElapses(Duration.ofSeconds(1))
            .expectDeadlinesMet(new ResponseDue(ID, RESPOND_BY));
    }

    @Test
    void givenReinstated_whenModerated_thenTheReinstatedDeadlineIsCancelled() {
        fixture.givenAPublished(RECEIVED)
            .andThenAPublished(REINSTATED)
            .whenPublishingA(new CommentModerated(ID, "m-1", CommentAction.RESPOND, "computing", "Replied", null, null))
            .expectActiveSagas(0)
            .expectNoScheduledDeadlines();
    }

    @Test
    void givenNoSaga_whenTheResponseDeadlineIsReinstated_thenASagaStartsAndSchedulesIt() {
        fixture.givenNoPriorActivity()
            .whenPublishingA(REINSTATED)
            .expectActiveSagas(1)
            .expectScheduledDeadlineWithName(RESPOND_BY, CommentDeadlineSaga.RESPONSE_DEADLINE);
    }

    @Test
    void theSagaKeepsItsStateThroughJacksonSerialization() throws Exception {
        var mapper = new ObjectMapper();
        String stored = "{\"commentId\":\"comment-1\",\"responseDeadlineId\":\"d-1\"}";

        CommentDeadlineSaga reloaded = mapper.readValue(stored, CommentDeadlineSaga.class);

        assertThat(mapper.readTree(mapper.writeValueAsString(reloaded))).isEqualTo(mapper.readTree(stored));
    }

}
