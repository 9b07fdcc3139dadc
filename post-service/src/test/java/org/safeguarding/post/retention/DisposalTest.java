package org.safeguarding.post.retention;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.safeguarding.post.testing.Refusals.refused;

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
import org.safeguarding.kernel.api.post.ApproveContentDisposal;
import org.safeguarding.kernel.api.post.ContentDisposalApproved;
import org.safeguarding.kernel.api.post.ContentDisposalProposed;
import org.safeguarding.kernel.api.post.ContentDisposalRejected;
import org.safeguarding.kernel.api.post.ContentRecordsDisposed;
import org.safeguarding.kernel.api.post.ContentRetentionRule;
import org.safeguarding.kernel.api.post.ProposeContentDisposal;
import org.safeguarding.kernel.api.post.RecordContentDisposal;
import org.safeguarding.kernel.api.post.RejectContentDisposal;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.kernel.retention.DisposalProblem;

/** Four eyes on every disposal of posts or comments, as on incident-service's. */
class DisposalTest {

    private static final String ID = "disposal-1";

    private static final Instant NOW = Instant.parse("2033-01-05T10:00:00Z");

    private static final List<String> DUE = List.of("comment-1", "comment-2");

    private static final ContentRetentionRule RULE = ContentRetentionRule.COMMENTS;

    private static final Actor DSL = Actor.of("dsl", Role.STAFF, Role.DSL);

    private static final Actor DEPUTY = Actor.of("deputy", Role.STAFF, Role.SLT, Role.DSL);

    private static final Actor HEAD = Actor.of("head", Role.STAFF, Role.SLT, Role.HEADTEACHER);

    private static final Actor CHAIR = Actor.of("chair", Role.GOVERNOR, Role.CHAIR_OF_GOVERNORS);

    /** A DSL who is also the headteacher, as in a small school. */
    private static final Actor DSL_AND_HEAD = Actor.of("dslhead", Role.STAFF, Role.DSL, Role.HEADTEACHER);

    private final DisposableContent content = mock(DisposableContent.class);

    private FixtureConfiguration<Disposal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Disposal.class);
        fixture.registerInjectableResource(content);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static ContentDisposalProposed proposed(String by) {
        return new ContentDisposalProposed(ID, DUE, RULE, by, NOW);
    }

    @Test
    void givenNothing_whenTheDslProposesCommentsFallenDue_thenProposed() {
        fixture.givenNoPriorActivity()
            .when(new ProposeContentDisposal(ID, DUE, RULE), AuditMetaData.of(DSL))
            .expectEvents(proposed("dsl"));
    }

    @Test
    void givenNothing_whenTheHeadteacherProposes_thenOnlyTheDsl() {
        fixture.givenNoPriorActivity()
            .when(new ProposeContentDisposal(ID, DUE, RULE), AuditMetaData.of(HEAD))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "only-dsl-proposes-disposal"))
            .expectNoEvents();
    }

    @Test
    void givenCommentsNotYetDue_whenProposed_thenRefused() {
        doThrow(new RuleViolation(DisposalProblem.NOT_DUE, "comment-2 is not due")).when(content)
            .requireDisposable(any(), any());

        fixture.givenNoPriorActivity()
            .when(new ProposeContentDisposal(ID, DUE, RULE), AuditMetaData.of(DSL))
            .expectException(refused(RuleViolation.Kind.CONFLICT, "not-due"))
            .expectNoEvents();
    }

    @Test
    void givenProposedByTheDsl_whenTheHeadteacherApproves_thenApproved() {
        fixture.given(proposed("dsl"))
            .when(new ApproveContentDisposal(ID), AuditMetaData.of(HEAD))
            .expectEvents(new ContentDisposalApproved(ID, "head", NOW));
    }

    @Test
    void givenProposedByTheDsl_whenTheChairApproves_thenApproved() {
        fixture.given(proposed("dsl"))
            .when(new ApproveContentDisposal(ID), AuditMetaData.of(CHAIR))
            .expectEvents(new ContentDisposalApproved(ID, "chair", NOW));
    }

    @Test
    void givenProposedByADslWhoIsHeadteacher_whenTheyApproveIt_thenTheProposerCannotApprove() {
        fixture.given(proposed("dslhead"))
            .when(new ApproveContentDisposal(ID), AuditMetaData.of(DSL_AND_HEAD))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "proposer-cannot-approve"))
            .expectNoEvents();
    }

    @Test
    void givenProposedByTheDsl_whenAnotherDslApproves_thenOnlyTheHeadteacherOrChair() {
        fixture.given(proposed("dsl"))
            .when(new ApproveContentDisposal(ID), AuditMetaData.of(DEPUTY))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "only-headteacher-or-chair-approves"))
            .expectNoEvents();
    }

    @Test
    void givenACommentDisposedOfSinceTheProposal_whenApproved_thenRefused() {
        doThrow(new RuleViolation(DisposalProblem.NOT_DUE, "comment-1 is disposed of")).when(content)
            .requireDisposable(DUE, RULE);

        fixture.given(proposed("dsl"))
            .when(new ApproveContentDisposal(ID), AuditMetaData.of(HEAD))
            .expectException(refused(RuleViolation.Kind.CONFLICT, "not-due"))
            .expectNoEvents();
    }

    @Test
    void givenProposed_whenTheChairRejects_thenRejected() {
        fixture.given(proposed("dsl"))
            .when(new RejectContentDisposal(ID, "Keep these until the complaint is closed"), AuditMetaData.of(CHAIR))
            .expectEvents(new ContentDisposalRejected(ID, "chair", "Keep these until the complaint is closed", NOW));
    }

    @Test
    void givenProposed_whenTheProposerRejects_thenTheProposerCannotDecide() {
        fixture.given(proposed("dslhead"))
            .when(new RejectContentDisposal(ID, "Changed my mind"), AuditMetaData.of(DSL_AND_HEAD))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "proposer-cannot-approve"))
            .expectNoEvents();
    }

    @Test
    void givenRejected_whenApproved_thenNotPending() {
        fixture.given(proposed("dsl"), new ContentDisposalRejected(ID, "chair", "Not yet", NOW))
            .when(new ApproveContentDisposal(ID), AuditMetaData.of(HEAD))
            .expectException(refused(RuleViolation.Kind.CONFLICT, "disposal-not-pending"))
            .expectNoEvents();
    }

    @Test
    void givenApproved_whenRecorded_thenItNamesTheRuleTheApproversAndTheCountOnly() {
        fixture.given(proposed("dsl"), new ContentDisposalApproved(ID, "head", NOW))
            .when(new RecordContentDisposal(ID), AuditMetaData.of(Actor.SYSTEM))
            .expectEvents(new ContentRecordsDisposed(ID, RULE, "dsl", "head", 2, NOW));
    }

    @Test
    void givenProposed_whenRecordedBeforeApproval_thenNotPending() {
        fixture.given(proposed("dsl"))
            .when(new RecordContentDisposal(ID), AuditMetaData.of(Actor.SYSTEM))
            .expectException(refused(RuleViolation.Kind.CONFLICT, "disposal-not-pending"))
            .expectNoEvents();
    }

}
