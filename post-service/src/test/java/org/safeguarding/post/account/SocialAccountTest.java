package org.safeguarding.post.account;

import static org.safeguarding.post.testing.Refusals.refused;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.post.AccountApproved;
import org.safeguarding.kernel.api.post.AccountClosed;
import org.safeguarding.kernel.api.post.AccountProposed;
import org.safeguarding.kernel.api.post.AccountRejected;
import org.safeguarding.kernel.api.post.AddPoster;
import org.safeguarding.kernel.api.post.AllowedMentionsSet;
import org.safeguarding.kernel.api.post.ApproveAccount;
import org.safeguarding.kernel.api.post.CloseAccount;
import org.safeguarding.kernel.api.post.PasswordRotated;
import org.safeguarding.kernel.api.post.PosterAdded;
import org.safeguarding.kernel.api.post.PosterRemoved;
import org.safeguarding.kernel.api.post.ProposeAccount;
import org.safeguarding.kernel.api.post.RecordPasswordRotation;
import org.safeguarding.kernel.api.post.RejectAccount;
import org.safeguarding.kernel.api.post.RemovePoster;
import org.safeguarding.kernel.api.post.SetAllowedMentions;
import org.safeguarding.kernel.api.post.Visibility;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.kernel.calendar.SchoolTerms;
import org.safeguarding.post.policy.SchoolPolicy;
import org.safeguarding.post.testing.SchoolPolicies;

class SocialAccountTest {

    private static final String ID = "account-1";

    /** A Wednesday in the autumn term: the next term starts on 1 January. */
    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    private static final Instant SPRING_TERM = Instant.parse("2027-01-01T00:00:00Z");

    private static final Actor TEACHER = Actor.of("teacher", Role.STAFF);

    private static final Actor COMPUTING = Actor.of("computing", Role.STAFF, Role.COMPUTING_LEAD);

    private static final Actor HEAD = Actor.of("head", Role.STAFF, Role.SLT, Role.HEADTEACHER);

    private static final Actor ADMIN = Actor.of("admin", Role.ADMIN);

    private static final AccountProposed PROPOSED = new AccountProposed(ID, "X", "@DimpleWell54", "Share learning",
            "Parents and carers", "School website and newsletter", Visibility.PUBLIC, List.of("teacher", "teacher2"),
            List.of("@ChildrensCommissioner"), "teacher", NOW);

    private static final AccountApproved APPROVED = new AccountApproved(ID, "head", List.of("teacher", "teacher2"), NOW,
            SPRING_TERM);

    private FixtureConfiguration<SocialAccount> fixture = fixtureAt(NOW);

    private static FixtureConfiguration<SocialAccount> fixtureAt(Instant now) {
        return fixtureAt(now, SchoolPolicies.DEFAULTS);
    }

    static FixtureConfiguration<SocialAccount> fixtureAt(Instant now, SchoolPolicy policy) {
        FixtureConfiguration<SocialAccount> configured = new AggregateTestFixture<>(SocialAccount.class);
        configured.registerInjectableResource(new PasswordRotationSchedule(Clock.fixed(now, ZoneOffset.UTC),
                SchoolTerms.startingOn(List.of("09-01", "01-01", "04-01"))));
        configured.registerInjectableResource(policy);
        return configured;
    }

    private static ProposeAccount proposal(List<String> runBy) {
        return new ProposeAccount(ID, "X", "@DimpleWell54", "Share learning", "Parents and carers",
                "School website and newsletter", Visibility.PUBLIC, runBy, List.of("@ChildrensCommissioner"));
    }

    @Test
    void givenNothing_whenStaffProposeWithTwoNamedStaff_thenAccountProposed() {
        fixture.givenNoPriorActivity()
            .when(proposal(List.of("teacher", "teacher2")), AuditMetaData.of(TEACHER))
            .expectEvents(PROPOSED);
    }

    @Test
    void givenNothing_whenProposedWithOneNamedStaff_thenTwoNamedStaffRequired() {
        fixture.givenNoPriorActivity()
            .when(proposal(List.of("teacher", "teacher")), AuditMetaData.of(TEACHER))
            .expectNoEvents()
            .expectException(refused(RuleViolation.Kind.UNPROCESSABLE, "two-named-staff-required"));
    }

    @Test
    void givenNothing_whenSomeoneWhoIsNotStaffProposes_thenForbidden() {
        fixture.givenNoPriorActivity()
            .when(proposal(List.of("teacher", "teacher2")), AuditMetaData.of(ADMIN))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "not-staff"));
    }

    @Test
    void givenProposed_whenSltApproves_thenActiveWithItsRunnersAsPostersAndPasswordDueNextTerm() {
        fixture.given(PROPOSED).when(new ApproveAccount(ID, null), AuditMetaData.of(HEAD)).expectEvents(APPROVED);
    }

    @Test
    void givenProposed_whenStaffApprove_thenForbidden() {
        fixture.given(PROPOSED)
            .when(new ApproveAccount(ID, null), AuditMetaData.of(TEACHER))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "not-slt"));
    }

    @Test
    void givenActive_whenApprovedAgain_thenConflict() {
        fixture.given(PROPOSED, APPROVED)
            .when(new ApproveAccount(ID, null), AuditMetaData.of(HEAD))
            .expectException(refused(RuleViolation.Kind.CONFLICT, "account-active"));
    }

    @Test
    void givenProposed_whenSltRejectsWithReason_thenRejected() {
        fixture.given(PROPOSED)
            .when(new RejectAccount(ID, "The class blog already reaches parents", null), AuditMetaData.of(HEAD))
            .expectEvents(new AccountRejected(ID, "head", "The class blog already reaches parents"));
    }

    @Test
    void givenProposed_whenRejectedWithoutReason_thenReasonRequired() {
        fixture.given(PROPOSED)
            .when(new RejectAccount(ID, " ", null), AuditMetaData.of(HEAD))
            .expectException(refused(RuleViolation.Kind.UNPROCESSABLE, "reason-required"));
    }

    @Test
    void givenActive_whenAdminAddsPoster_thenPosterAdded() {
        fixture.given(PROPOSED, APPROVED)
            .when(new AddPoster(ID, "computing", null), AuditMetaData.of(ADMIN))
            .expectEvents(new PosterAdded(ID, "computing"));
    }

    @Test
    void givenActive_whenStaffAddPoster_thenForbidden() {
        fixture.given(PROPOSED, APPROVED)
            .when(new AddPoster(ID, "teacher3", null), AuditMetaData.of(TEACHER))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "not-slt-or-admin"));
    }

    @Test
    void givenProposed_whenPosterAdded_thenConflictBecauseOnlyAnActiveAccountHasPosters() {
        fixture.given(PROPOSED)
            .when(new AddPoster(ID, "computing", null), AuditMetaData.of(HEAD))
            .expectException(refused(RuleViolation.Kind.CONFLICT, "account-proposed"));
    }

    @Test
    void givenActive_whenSltRemovesPoster_thenPosterRemoved() {
        fixture.given(PROPOSED, APPROVED)
            .when(new RemovePoster(ID, "teacher2", null), AuditMetaData.of(HEAD))
            .expectEvents(new PosterRemoved(ID, "teacher2"));
    }

    @Test
    void givenActive_whenSltSetsAllowedMentions_thenAllowedMentionsSet() {
        fixture.given(PROPOSED, APPROVED)
            .when(new SetAllowedMentions(ID, List.of("@CBeebies", "@CBeebies", "@NSPCC"), null), AuditMetaData.of(HEAD))
            .expectEvents(new AllowedMentionsSet(ID, List.of("@CBeebies", "@NSPCC")));
    }

    @Test
    void givenActive_whenComputingLeadRecordsPasswordRotation_thenNextChangeDueAtTheStartOfNextTerm() {
        fixture.given(PROPOSED, APPROVED)
            .when(new RecordPasswordRotation(ID, null), AuditMetaData.of(COMPUTING))
            .expectEvents(new PasswordRotated(ID, NOW, SPRING_TERM));
    }

    @Test
    void givenActiveInTheSummerTerm_whenPasswordRotated_thenDueAtMidnightLondonTimeOnTheFirstOfSeptember() {
        Instant summer = Instant.parse("2027-04-15T09:00:00Z");
        fixtureAt(summer).given(PROPOSED, APPROVED)
            .when(new RecordPasswordRotation(ID, null), AuditMetaData.of(ADMIN))
            .expectEvents(new PasswordRotated(ID, summer, Instant.parse("2027-08-31T23:00:00Z")));
    }

    @Test
    void givenActive_whenStaffRecordPasswordRotation_thenForbidden() {
        fixture.given(PROPOSED, APPROVED)
            .when(new RecordPasswordRotation(ID, null), AuditMetaData.of(TEACHER))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "not-admin-or-computing-lead"));
    }

    @Test
    void givenActive_whenSltCloses_thenClosed() {
        fixture.given(PROPOSED, APPROVED)
            .when(new CloseAccount(ID, "Replaced by the school app", null), AuditMetaData.of(HEAD))
            .expectEvents(new AccountClosed(ID, "head", "Replaced by the school app", NOW));
    }

    @Test
    void givenClosed_whenClosedAgain_thenConflict() {
        fixture.given(PROPOSED, APPROVED, new AccountClosed(ID, "head", null, NOW))
            .when(new CloseAccount(ID, null, null), AuditMetaData.of(HEAD))
            .expectException(refused(RuleViolation.Kind.CONFLICT, "already-closed"));
    }

}
