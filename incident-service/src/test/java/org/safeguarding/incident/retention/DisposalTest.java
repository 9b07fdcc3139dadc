package org.safeguarding.incident.retention;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.incident.ApproveDisposal;
import org.safeguarding.kernel.api.incident.DisposalApproved;
import org.safeguarding.kernel.api.incident.DisposalProposed;
import org.safeguarding.kernel.api.incident.DisposalRejected;
import org.safeguarding.kernel.api.incident.ProposeDisposal;
import org.safeguarding.kernel.api.incident.RecordDisposal;
import org.safeguarding.kernel.api.incident.RecordDisposed;
import org.safeguarding.kernel.api.incident.RejectDisposal;
import org.safeguarding.kernel.api.incident.RetentionRule;
import org.safeguarding.kernel.audit.AuditMetaData;

/** Four eyes on every disposal: the DSL proposes, someone else in charge approves. */
class DisposalTest {

    private static final String ID = "disposal-1";

    private static final Instant NOW = Instant.parse("2046-01-05T10:00:00Z");

    private static final List<String> DUE = List.of("incident-1", "incident-2");

    private static final Actor DSL = Actor.of("dsl", Role.STAFF, Role.DSL);

    private static final Actor DEPUTY = Actor.of("deputy", Role.STAFF, Role.SLT, Role.DSL);

    private static final Actor HEAD = Actor.of("head", Role.STAFF, Role.SLT, Role.HEADTEACHER);

    private static final Actor CHAIR = Actor.of("chair", Role.GOVERNOR, Role.CHAIR_OF_GOVERNORS);

    /** A DSL who is also the headteacher, as in a small school. */
    private static final Actor DSL_AND_HEAD = Actor.of("dslhead", Role.STAFF, Role.DSL, Role.HEADTEACHER);

    private final DueRecords records = mock(DueRecords.class);

    private FixtureConfiguration<Disposal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Disposal.class);
        fixture.registerInjectableResource(records);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static DisposalProposed proposed(String by) {
        return new DisposalProposed(ID, DUE, RetentionRule.E_SAFETY, by, NOW);
    }

    @Test
    void givenNothing_whenTheDslProposesRecordsFallenDue_thenProposed() {
        fixture.givenNoPriorActivity()
            .when(new ProposeDisposal(ID, DUE, RetentionRule.E_SAFETY), AuditMetaData.of(DSL))
            .expectEvents(proposed("dsl"));
    }

    @Test
    void givenNothing_whenTheHeadteacherProposes_thenOnlyTheDsl() {
        fixture.givenNoPriorActivity()
            .when(new ProposeDisposal(ID, DUE, RetentionRule.E_SAFETY), AuditMetaData.of(HEAD))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("Only the DSL proposes a disposal")
            .expectNoEvents();
    }

    @Test
    void givenARecordOnLegalHold_whenProposed_thenRefused() {
        doThrow(new RuleViolation(RetentionProblem.RECORD_ON_LEGAL_HOLD, "Incident incident-2 is under a legal hold"))
            .when(records)
            .requireDisposable(any(), any());

        fixture.givenNoPriorActivity()
            .when(new ProposeDisposal(ID, DUE, RetentionRule.E_SAFETY), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("Incident incident-2 is under a legal hold")
            .expectNoEvents();
    }

    @Test
    void givenProposedByTheDsl_whenTheHeadteacherApproves_thenApproved() {
        fixture.given(proposed("dsl"))
            .when(new ApproveDisposal(ID), AuditMetaData.of(HEAD))
            .expectEvents(new DisposalApproved(ID, "head", NOW));
    }

    @Test
    void givenProposedByTheDsl_whenTheChairApproves_thenApproved() {
        fixture.given(proposed("dsl"))
            .when(new ApproveDisposal(ID), AuditMetaData.of(CHAIR))
            .expectEvents(new DisposalApproved(ID, "chair", NOW));
    }

    @Test
    void givenProposedByADslWhoIsHeadteacher_whenTheyApproveIt_thenTheProposerCannotApprove() {
        fixture.given(proposed("dslhead"))
            .when(new ApproveDisposal(ID), AuditMetaData.of(DSL_AND_HEAD))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("A disposal takes four eyes: someone other than its proposer approves it")
            .expectNoEvents();
    }

    @Test
    void givenProposedByTheDsl_whenAnotherDslApproves_thenOnlyTheHeadteacherOrChair() {
        fixture.given(proposed("dsl"))
            .when(new ApproveDisposal(ID), AuditMetaData.of(DEPUTY))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("Only the headteacher or the chair of governors approves a disposal")
            .expectNoEvents();
    }

    @Test
    void givenAHoldPlacedSinceTheProposal_whenApproved_thenRefused() {
        doThrow(new RuleViolation(RetentionProblem.RECORD_ON_LEGAL_HOLD, "Incident incident-1 is under a legal hold"))
            .when(records)
            .requireDisposable(DUE, RetentionRule.E_SAFETY);

        fixture.given(proposed("dsl"))
            .when(new ApproveDisposal(ID), AuditMetaData.of(HEAD))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("Incident incident-1 is under a legal hold")
            .expectNoEvents();
    }

    @Test
    void givenProposed_whenTheChairRejects_thenRejected() {
        fixture.given(proposed("dsl"))
            .when(new RejectDisposal(ID, "Keep these until the governors' review"), AuditMetaData.of(CHAIR))
            .expectEvents(new DisposalRejected(ID, "chair", "Keep these until the governors' review", NOW));
    }

    @Test
    void givenRejected_whenApproved_thenNotPending() {
        fixture.given(proposed("dsl"), new DisposalRejected(ID, "chair", "Not yet", NOW))
            .when(new ApproveDisposal(ID), AuditMetaData.of(HEAD))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("The disposal is REJECTED, no longer waiting for a decision")
            .expectNoEvents();
    }

    @Test
    void givenApproved_whenRecorded_thenRecordDisposedNamesTheRuleTheApproversAndTheCountOnly() {
        fixture.given(proposed("dsl"), new DisposalApproved(ID, "head", NOW))
            .when(new RecordDisposal(ID), AuditMetaData.of(Actor.SYSTEM))
            .expectEvents(new RecordDisposed(ID, RetentionRule.E_SAFETY, "dsl", "head", 2, NOW));
    }

    @Test
    void givenProposed_whenRecordedBeforeApproval_thenNotPending() {
        fixture.given(proposed("dsl"))
            .when(new RecordDisposal(ID), AuditMetaData.of(Actor.SYSTEM))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

}
