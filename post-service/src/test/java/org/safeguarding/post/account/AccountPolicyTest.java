package org.safeguarding.post.account;

import static org.safeguarding.post.testing.Refusals.refused;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.post.AccountApproved;
import org.safeguarding.kernel.api.post.AccountProposed;
import org.safeguarding.kernel.api.post.AccountRejected;
import org.safeguarding.kernel.api.post.AccountReviewed;
import org.safeguarding.kernel.api.post.ApproveAccount;
import org.safeguarding.kernel.api.post.PosterAdded;
import org.safeguarding.kernel.api.post.PosterRemoved;
import org.safeguarding.kernel.api.post.RecordAccountReview;
import org.safeguarding.kernel.api.post.RejectAccount;
import org.safeguarding.kernel.api.post.RemovePoster;
import org.safeguarding.kernel.api.post.ReviewCheck;
import org.safeguarding.kernel.api.post.Visibility;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.post.testing.SchoolPolicies;

/**
 * The account rules a school's policy chooses: who approves a business case, the fewest
 * named staff an account keeps, and how often the computing lead reviews it.
 */
class AccountPolicyTest {

    private static final String ID = "account-1";

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    private static final Instant SPRING_TERM = Instant.parse("2027-01-01T00:00:00Z");

    private static final Actor SLT = Actor.of("slt", Role.STAFF, Role.SLT);

    private static final Actor COMPUTING = Actor.of("computing", Role.STAFF, Role.COMPUTING_LEAD);

    private static final Actor HEAD = Actor.of("head", Role.STAFF, Role.SLT, Role.HEADTEACHER);

    private static final AccountProposed PROPOSED = new AccountProposed(ID, "X", "@DimpleWell54", "Share learning",
            "Parents and carers", "School website and newsletter", Visibility.PUBLIC, List.of("teacher", "teacher2"),
            List.of(), "teacher", NOW);

    private static final AccountApproved APPROVED = new AccountApproved(ID, "head", List.of("teacher", "teacher2"), NOW,
            SPRING_TERM);

    private final FixtureConfiguration<SocialAccount> headteacherApproves = SocialAccountTest.fixtureAt(NOW,
            SchoolPolicies.headteacherApproves());

    @Test
    void givenProposedWhereTheHeadteacherApproves_whenAnotherSeniorLeaderApproves_thenNotHeadteacher() {
        headteacherApproves.given(PROPOSED)
            .when(new ApproveAccount(ID, null), AuditMetaData.of(SLT))
            .expectNoEvents()
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "not-headteacher"));
    }

    @Test
    void givenProposedWhereTheHeadteacherApproves_whenAnotherSeniorLeaderRejects_thenNotHeadteacher() {
        headteacherApproves.given(PROPOSED)
            .when(new RejectAccount(ID, "Not now", null), AuditMetaData.of(SLT))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "not-headteacher"));
    }

    @Test
    void givenProposedWhereTheHeadteacherApproves_whenTheHeadteacherApproves_thenApproved() {
        headteacherApproves.given(PROPOSED)
            .when(new ApproveAccount(ID, null), AuditMetaData.of(HEAD))
            .expectEvents(APPROVED);
    }

    @Test
    void givenProposedWhereTheHeadteacherApproves_whenTheHeadteacherRejects_thenRejected() {
        headteacherApproves.given(PROPOSED)
            .when(new RejectAccount(ID, "Not now", null), AuditMetaData.of(HEAD))
            .expectEvents(new AccountRejected(ID, "head", "Not now"));
    }

    @Test
    void givenTwoPostersWhereTwoNamedStaffAreKept_whenOneIsRemoved_thenTooFewNamedStaff() {
        headteacherApproves.given(PROPOSED, APPROVED)
            .when(new RemovePoster(ID, "teacher2", null), AuditMetaData.of(HEAD))
            .expectNoEvents()
            .expectException(refused(RuleViolation.Kind.UNPROCESSABLE, "too-few-named-staff"));
    }

    @Test
    void givenThreePostersWhereTwoNamedStaffAreKept_whenOneIsRemoved_thenPosterRemoved() {
        headteacherApproves.given(PROPOSED, APPROVED, new PosterAdded(ID, "computing"))
            .when(new RemovePoster(ID, "teacher2", null), AuditMetaData.of(HEAD))
            .expectEvents(new PosterRemoved(ID, "teacher2"));
    }

    @Test
    void givenActive_whenTheComputingLeadReviewsIt_thenReviewedWithWhatItConfirmedAndTheNextDueAfterTheInterval() {
        Set<ReviewCheck> confirmed = Set.of(ReviewCheck.FOLLOWERS_CHECKED, ReviewCheck.PRIVACY_SETTINGS_CURRENT);
        headteacherApproves.given(PROPOSED, APPROVED)
            .when(new RecordAccountReview(ID, " Followers checked ", confirmed, null), AuditMetaData.of(COMPUTING))
            .expectEvents(new AccountReviewed(ID, "computing", "Followers checked", confirmed, NOW,
                    NOW.plus(Duration.ofDays(90))));
    }

    @Test
    void givenActive_whenSltReviewIt_thenNotComputingLead() {
        headteacherApproves.given(PROPOSED, APPROVED)
            .when(new RecordAccountReview(ID, "Fine", null, null), AuditMetaData.of(SLT))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "not-computing-lead"));
    }

    @Test
    void givenActive_whenReviewedWithoutFindings_thenFindingsRequired() {
        headteacherApproves.given(PROPOSED, APPROVED)
            .when(new RecordAccountReview(ID, " ", null, null), AuditMetaData.of(COMPUTING))
            .expectException(refused(RuleViolation.Kind.UNPROCESSABLE, "findings-required"));
    }

    @Test
    void givenProposed_whenReviewed_thenConflictBecauseOnlyAnActiveAccountIsReviewed() {
        headteacherApproves.given(PROPOSED)
            .when(new RecordAccountReview(ID, "Fine", null, null), AuditMetaData.of(COMPUTING))
            .expectException(refused(RuleViolation.Kind.CONFLICT, "account-proposed"));
    }

    @Test
    void givenTwoPostersWhereTwoNamedStaffAreKept_whenTheSystemRemovesALeaver_thenPosterRemoved() {
        headteacherApproves.given(PROPOSED, APPROVED)
            .when(new RemovePoster(ID, "teacher2", null), AuditMetaData.of(Actor.SYSTEM, Leavers.REASON))
            .expectEvents(new PosterRemoved(ID, "teacher2"));
    }

}
