package org.safeguarding.incident.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.test.matchers.Matchers;
import org.axonframework.test.saga.SagaTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Channel;
import org.safeguarding.kernel.api.incident.DeadlineKind;
import org.safeguarding.kernel.api.incident.DeadlineReinstated;
import org.safeguarding.kernel.api.incident.EscalateToDsl;
import org.safeguarding.kernel.api.incident.EscalateToSlt;
import org.safeguarding.kernel.api.incident.EscalatedToDSL;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.IncidentAcknowledged;
import org.safeguarding.kernel.api.incident.IncidentClosed;
import org.safeguarding.kernel.api.incident.IncidentReported;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.api.incident.Outcome;
import org.safeguarding.kernel.api.incident.RecordDeadlineMissed;
import org.safeguarding.kernel.api.incident.ReferredToLADO;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.incident.SubjectKind;
import org.safeguarding.kernel.api.incident.SubjectsCorrected;
import org.safeguarding.kernel.audit.AuditMetaData;

class EscalationSagaTest {

    private static final String ID = "incident-1";

    private static final Instant REPORTED = Instant.parse("2026-11-18T10:00:00Z");

    private static final Instant ACK_DUE = Instant.parse("2026-11-19T10:00:00Z");

    private static final Instant NEXT_ACK_DUE = Instant.parse("2026-11-20T10:00:00Z");

    /** ACK_DUE as the reasons word it. */
    private static final String BY_ACK_DUE = "by Thursday 19 November 2026 10:00 (Europe/London)";

    private SagaTestFixture<EscalationSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(EscalationSaga.class);
        fixture.givenCurrentTime(REPORTED);
    }

    private static IncidentReported reported(Level level, Instant ladoDecisionDue) {
        return new IncidentReported(ID, Form.E_SAFETY, Category.UNDERMINING_COMMENT, "s", null, REPORTED,
                Channel.SCHOOL_ACCOUNT, null, null, List.of(), ladoDecisionDue != null, level, level.assignedRole(),
                "routing", "teacher", REPORTED, ACK_DUE, ladoDecisionDue);
    }

    @Test
    void givenNothing_whenIncidentReported_thenAcknowledgementDeadlineScheduled() {
        fixture.givenNoPriorActivity()
            .whenPublishingA(reported(Level.COMPUTING_LEAD, null))
            .expectActiveSagas(1)
            .expectScheduledDeadlineWithName(ACK_DUE, EscalationSaga.ACKNOWLEDGEMENT_DEADLINE)
            .expectNoDispatchedCommands();
    }

    @Test
    void givenReported_whenAcknowledged_thenDeadlineCancelledAndNothingHappensWhenItWouldHaveRunOut() {
        fixture.givenAPublished(reported(Level.COMPUTING_LEAD, null))
            .andThenAPublished(new IncidentAcknowledged(ID, Level.COMPUTING_LEAD, REPORTED, REPORTED.plusSeconds(60)))
            .whenTimeAdvancesTo(ACK_DUE.plusSeconds(1))
            .expectNoScheduledDeadlines()
            .expectDeadlinesMet()
            .expectNoDispatchedCommands();
    }

    @Test
    void givenReportedAtComputingLead_whenNotAcknowledgedInTime_thenSystemEscalatesToDslWithTheReason() {
        fixture.givenAPublished(reported(Level.COMPUTING_LEAD, null))
            .whenTimeElapses(Duration.ofHours(24).plusSeconds(1))
            .expectDeadlinesMet(new AcknowledgementDue(ID, Level.COMPUTING_LEAD, ACK_DUE))
            .expectDispatchedCommandsMatching(only(systemCommand(EscalateToDsl.class,
                    "Not acknowledged at COMPUTING_LEAD level " + BY_ACK_DUE + "; escalated to the DSL")));
    }

    @Test
    void givenReportedAtDsl_whenNotAcknowledgedInTime_thenSystemEscalatesToSlt() {
        fixture.givenAPublished(reported(Level.DSL, null))
            .whenTimeElapses(Duration.ofHours(25))
            .expectDispatchedCommandsMatching(only(systemCommand(EscalateToSlt.class,
                    "Not acknowledged at DSL level " + BY_ACK_DUE + "; escalated to the headteacher")));
    }

    @Test
    void givenAtSlt_whenNotAcknowledgedInTime_thenOverdueIsRecordedBecauseThereIsNoHigherLevel() {
        fixture.givenAPublished(reported(Level.SLT, null))
            .whenTimeElapses(Duration.ofHours(25))
            .expectDispatchedCommandsMatching(only(payload(overdueAtSltWithNoHigherLevel())));
    }

    @Test
    void givenEscalatedToDsl_whenTheNewLevelDoesNotAcknowledge_thenTheNewClockFires() {
        fixture.givenAPublished(reported(Level.COMPUTING_LEAD, null))
            .andThenAPublished(new EscalatedToDSL(ID, Level.COMPUTING_LEAD, "manual", false, REPORTED, NEXT_ACK_DUE))
            .whenTimeAdvancesTo(NEXT_ACK_DUE.plusSeconds(1))
            .expectDeadlinesMet(new AcknowledgementDue(ID, Level.DSL, NEXT_ACK_DUE))
            .expectDispatchedCommandsMatching(only(Matchers.messageWithPayload(instanceOf(EscalateToSlt.class))));
    }

    @Test
    void givenSubjectsCorrectedToTheHeadteacher_whenNobodyAcknowledges_thenOnlyTheNewClockFires() {
        fixture.givenAPublished(reported(Level.COMPUTING_LEAD, null))
            .andThenAPublished(new SubjectsCorrected(ID, List.of(), List.of(), true, Level.SLT, Role.HEADTEACHER,
                    "moved", REPORTED, NEXT_ACK_DUE))
            .whenTimeAdvancesTo(NEXT_ACK_DUE.plusSeconds(1))
            .expectDeadlinesMet(new AcknowledgementDue(ID, Level.SLT, NEXT_ACK_DUE));
    }

    @Test
    void givenAllegation_whenReported_thenLadoDecisionDeadlineScheduled() {
        fixture.givenNoPriorActivity()
            .whenPublishingA(reported(Level.SLT, ACK_DUE))
            .expectScheduledDeadlineWithName(ACK_DUE, EscalationSaga.LADO_DECISION_DEADLINE);
    }

    @Test
    void givenAllegationReferredToLado_whenOneWorkingDayPasses_thenNoLadoOverdue() {
        fixture.givenAPublished(reported(Level.SLT, ACK_DUE))
            .andThenAPublished(new ReferredToLADO(ID, null, "r", REPORTED, ACK_DUE, true))
            .andThenAPublished(new IncidentAcknowledged(ID, Level.SLT, REPORTED, REPORTED))
            .whenTimeElapses(Duration.ofHours(25))
            .expectDeadlinesMet()
            .expectNoDispatchedCommands();
    }

    @Test
    void givenAllegationWithoutDecision_whenOneWorkingDayPasses_thenLadoDecisionOverdue() {
        fixture.givenAPublished(reported(Level.SLT, ACK_DUE))
            .andThenAPublished(new IncidentAcknowledged(ID, Level.SLT, REPORTED, REPORTED))
            .whenTimeElapses(Duration.ofHours(25))
            .expectDeadlinesMet(new LadoDecisionDue(ID, ACK_DUE))
            .expectDispatchedCommandsMatching(only(payload(ladoDecisionOverdue())));
    }

    // An allegation against the headteacher: the chair of governors is case manager, and
    // the clocks are the chair's

    private static IncidentReported allegationAgainstTheHeadteacher(Instant ladoDecisionDue) {
        return new IncidentReported(ID, Form.SAFEGUARDING, Category.STAFF_CONDUCT, "s", null, REPORTED,
                Channel.PERSONAL_ACCOUNT, null, null, List.of(new Subject(SubjectKind.STAFF, "Mrs Head", "head")), true,
                Level.SLT, Role.CHAIR_OF_GOVERNORS, "routing", "teacher", REPORTED, ACK_DUE, ladoDecisionDue);
    }

    @Test
    void givenAllegationAgainstTheHead_whenReported_thenTheLadoDecisionIsDueOneWorkingDayAfterItReachedTheChair() {
        fixture.givenNoPriorActivity()
            .whenPublishingA(allegationAgainstTheHeadteacher(ACK_DUE))
            .expectScheduledDeadlineWithName(ACK_DUE, EscalationSaga.LADO_DECISION_DEADLINE)
            .expectScheduledDeadlineWithName(ACK_DUE, EscalationSaga.ACKNOWLEDGEMENT_DEADLINE);
    }

    @Test
    void givenAllegationAgainstTheHeadteacher_whenTheChairAcknowledgesAndRefersInTime_thenNoClockRunsOut() {
        fixture.givenAPublished(allegationAgainstTheHeadteacher(ACK_DUE))
            .andThenAPublished(new IncidentAcknowledged(ID, Level.SLT, REPORTED, REPORTED))
            .andThenAPublished(new ReferredToLADO(ID, null, "r", REPORTED, ACK_DUE, true))
            .whenTimeElapses(Duration.ofHours(25))
            .expectDeadlinesMet()
            .expectNoDispatchedCommands();
    }

    @Test
    void givenAllegationAgainstTheHead_whenTheChairDoesNotAcknowledge_thenOverdueIsRecordedAndNothingGoesToTheHead() {
        fixture.givenAPublished(allegationAgainstTheHeadteacher(NEXT_ACK_DUE))
            .whenTimeElapses(Duration.ofHours(25))
            .expectDispatchedCommandsMatching(only(payload(overdueAtSltWithNoHigherLevel())));
    }

    @Test
    void givenReported_whenClosed_thenSagaEndsWithNoDeadlinesLeft() {
        fixture.givenAPublished(reported(Level.SLT, ACK_DUE))
            .whenPublishingA(new IncidentClosed(ID, Outcome.UNFOUNDED, "r"))
            .expectActiveSagas(0)
            .expectNoScheduledDeadlines();
    }

    // Deadlines the reconciler found missing from the scheduler

    private static DeadlineReinstated reinstated(DeadlineKind kind, Level level, Instant due) {
        return new DeadlineReinstated(ID, kind, due, level, "The scheduler no longer held this deadline");
    }

    @Test
    void givenReported_whenAcknowledgementDeadlineReinstated_thenScheduledAgain() {
        fixture.givenAPublished(reported(Level.COMPUTING_LEAD, null))
            .whenPublishingA(reinstated(DeadlineKind.ACKNOWLEDGEMENT, Level.COMPUTING_LEAD, ACK_DUE))
            .expectScheduledDeadlineWithName(ACK_DUE, EscalationSaga.ACKNOWLEDGEMENT_DEADLINE)
            .expectNoDispatchedCommands();
    }

    @Test
    void givenAcknowledgementDeadlineReinstated_whenItRunsOut_thenTheSystemEscalatesOnce() {
        fixture.givenAPublished(reported(Level.COMPUTING_LEAD, null))
            .andThenAPublished(reinstated(DeadlineKind.ACKNOWLEDGEMENT, Level.COMPUTING_LEAD, ACK_DUE))
            .whenTimeElapses(Duration.ofHours(25))
            .expectDeadlinesMet(new AcknowledgementDue(ID, Level.COMPUTING_LEAD, ACK_DUE))
            .expectDispatchedCommandsMatching(only(systemCommand(EscalateToDsl.class,
                    "Not acknowledged at COMPUTING_LEAD level " + BY_ACK_DUE + "; escalated to the DSL")));
    }

    @Test
    void givenReinstatedAfterItsDueTimePassed_whenAMomentPasses_thenItFiresAtOnce() {
        fixture.givenCurrentTime(ACK_DUE.plus(Duration.ofHours(2)));
        fixture.givenAPublished(reported(Level.DSL, null))
            .andThenAPublished(reinstated(DeadlineKind.ACKNOWLEDGEMENT, Level.DSL, ACK_DUE))
            .whenTimeElapses(Duration.ofSeconds(1))
            .expectDeadlinesMet(new AcknowledgementDue(ID, Level.DSL, ACK_DUE))
            .expectDispatchedCommandsMatching(only(Matchers.messageWithPayload(instanceOf(EscalateToSlt.class))));
    }

    @Test
    void givenLadoDecisionDeadlineReinstated_whenNoDecisionByItsDueTime_thenLadoDecisionOverdue() {
        fixture.givenAPublished(reported(Level.SLT, ACK_DUE))
            .andThenAPublished(new IncidentAcknowledged(ID, Level.SLT, REPORTED, REPORTED))
            .andThenAPublished(reinstated(DeadlineKind.LADO_DECISION, Level.SLT, ACK_DUE))
            .whenTimeElapses(Duration.ofHours(25))
            .expectDeadlinesMet(new LadoDecisionDue(ID, ACK_DUE))
            .expectDispatchedCommandsMatching(only(payload(ladoDecisionOverdue())));
    }

    @Test
    void givenAcknowledgementDeadlineReinstated_whenAcknowledged_thenTheReinstatedDeadlineIsCancelled() {
        fixture.givenAPublished(reported(Level.COMPUTING_LEAD, null))
            .andThenAPublished(reinstated(DeadlineKind.ACKNOWLEDGEMENT, Level.COMPUTING_LEAD, ACK_DUE))
            .whenPublishingA(new IncidentAcknowledged(ID, Level.COMPUTING_LEAD, REPORTED, REPORTED.plusSeconds(60)))
            .expectNoScheduledDeadlines();
    }

    @Test
    void givenNoSaga_whenADeadlineIsReinstated_thenASagaStartsAndSchedulesIt() {
        fixture.givenNoPriorActivity()
            .whenPublishingA(reinstated(DeadlineKind.ACKNOWLEDGEMENT, Level.DSL, ACK_DUE))
            .expectActiveSagas(1)
            .expectScheduledDeadlineWithName(ACK_DUE, EscalationSaga.ACKNOWLEDGEMENT_DEADLINE);
    }

    private static RecordDeadlineMissed overdueAtSltWithNoHigherLevel() {
        return new RecordDeadlineMissed(ID, DeadlineKind.ACKNOWLEDGEMENT, ACK_DUE,
                "Not acknowledged at SLT level " + BY_ACK_DUE + "; there is no higher level, so it is overdue");
    }

    private static RecordDeadlineMissed ladoDecisionOverdue() {
        return new RecordDeadlineMissed(ID, DeadlineKind.LADO_DECISION, ACK_DUE,
                "No LADO referral or decision not to refer recorded " + BY_ACK_DUE);
    }

    /** The one command sent, and no more. */
    private static <T> Matcher<List<T>> only(Matcher<T> command) {
        return Matchers.exactSequenceOf(command, Matchers.andNoMore());
    }

    private static Matcher<Message<?>> payload(Object expected) {
        return Matchers.messageWithPayload(equalTo(expected));
    }

    /** A command sent as the system, carrying the reason in its audit metadata. */
    private static Matcher<CommandMessage<?>> systemCommand(Class<?> type, String reason) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandMessage<?> message) {
                return type.isInstance(message.getPayload())
                        && AuditMetaData.actorOf(message.getMetaData()).equals(Actor.SYSTEM)
                        && reason.equals(AuditMetaData.reasonOf(message.getMetaData()));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(type.getSimpleName() + " sent as the system because: " + reason);
            }
        };
    }

    @Test
    void theSagaKeepsItsStateThroughJacksonSerialization() throws Exception {
        var mapper = new ObjectMapper();
        String stored = "{\"incidentId\":\"incident-1\",\"level\":\"DSL\",\"acknowledgementDeadlineId\":\"d-1\","
                + "\"ladoDecisionDeadlineId\":\"d-2\"}";

        EscalationSaga reloaded = mapper.readValue(stored, EscalationSaga.class);

        assertThat(mapper.readTree(mapper.writeValueAsString(reloaded))).isEqualTo(mapper.readTree(stored));
    }

}
