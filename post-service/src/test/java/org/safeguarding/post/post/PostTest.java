package org.safeguarding.post.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.post.testing.Refusals.breaks;
import static org.safeguarding.post.testing.Refusals.refused;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.post.AccountStanding;
import org.safeguarding.kernel.api.post.AccountStatus;
import org.safeguarding.kernel.api.post.ApprovePost;
import org.safeguarding.kernel.api.post.DraftPost;
import org.safeguarding.kernel.api.post.DraftRevised;
import org.safeguarding.kernel.api.post.Exemption;
import org.safeguarding.kernel.api.post.ExemptionKind;
import org.safeguarding.kernel.api.post.Location;
import org.safeguarding.kernel.api.post.Medium;
import org.safeguarding.kernel.api.post.PostApproved;
import org.safeguarding.kernel.api.post.PostContent;
import org.safeguarding.kernel.api.post.PostDrafted;
import org.safeguarding.kernel.api.post.PostPublished;
import org.safeguarding.kernel.api.post.PostRejected;
import org.safeguarding.kernel.api.post.PostSubmitted;
import org.safeguarding.kernel.api.post.PublishPost;
import org.safeguarding.kernel.api.post.PupilConsent;
import org.safeguarding.kernel.api.post.RejectPost;
import org.safeguarding.kernel.api.post.ReviseDraft;
import org.safeguarding.kernel.api.post.SubmitPost;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.safeguarding.post.platform.PlatformUnavailable;
import org.safeguarding.post.policy.PostingPolicy;
import org.safeguarding.post.policy.PostingWindow;
import org.safeguarding.post.testing.FixedPostingFacts;
import org.safeguarding.post.testing.RecordingPlatform;

class PostTest {

    private static final String ID = "post-1";

    private static final String ACCOUNT = "account-1";

    private static final String HANDLE = "@DimpleWell54";

    /** Wednesday 10:00 in London (GMT in November): inside the posting window. */
    private static final Instant WEDNESDAY_MORNING = Instant.parse("2026-11-18T10:00:00Z");

    private static final Instant WEDNESDAY_SIX_PM = Instant.parse("2026-11-18T18:00:00Z");

    private static final Instant SATURDAY_MORNING = Instant.parse("2026-11-21T10:00:00Z");

    private static final Actor TEACHER = Actor.of("teacher", Role.STAFF);

    private static final Actor TEACHER2 = Actor.of("teacher2", Role.STAFF);

    private static final Actor STAFF_NOT_POSTING = Actor.of("teacher3", Role.STAFF);

    private static final Actor HEAD = Actor.of("head", Role.STAFF, Role.SLT, Role.HEADTEACHER);

    private static final PupilConsent AMY = new PupilConsent("P-1", "Amy Brown", true, false);

    private static final PupilConsent BEN = new PupilConsent("P-2", "Ben Smith", true, false);

    private static final PupilConsent CARA_NO_CONSENT = new PupilConsent("P-3", "Cara Jones", false, false);

    private static final PupilConsent DAN_NO_PHOTO = new PupilConsent("P-4", "Dan Lee", true, true);

    private static final Medium GROUP_PHOTO = new Medium("Year 2 at the science fair", List.of("P-1", "P-2"), true);

    private static final PostContent CLEAN = content("Year 2 loved the science fair today!", GROUP_PHOTO);

    private static final PostDrafted DRAFTED = new PostDrafted(ID, ACCOUNT, "teacher", CLEAN);

    private static final PostSubmitted SUBMITTED = new PostSubmitted(ID, "teacher");

    private static final PostApproved APPROVED = new PostApproved(ID, "teacher2");

    private final FixtureConfiguration<Post> fixture = new AggregateTestFixture<>(Post.class);

    private final FixedPostingFacts facts = new FixedPostingFacts(WEDNESDAY_MORNING);

    private final RecordingPlatform platform = new RecordingPlatform();

    @BeforeEach
    void setUp() {
        var calendar = new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());
        fixture.registerInjectableResource(new PostingPolicy(PostingWindow.parse("08:00-18:00"), calendar, 280));
        fixture.registerInjectableResource(facts);
        fixture.registerInjectableResource(platform);
        facts.account(account(AccountStatus.ACTIVE, "teacher", "teacher2"))
            .register(AMY, BEN, CARA_NO_CONSENT, DAN_NO_PHOTO);
    }

    private static AccountStanding account(AccountStatus status, String... posters) {
        return new AccountStanding(ACCOUNT, "X", HANDLE, status, List.of(posters), List.of("@ChildrensCommissioner"));
    }

    private static PostContent content(String text, Medium... media) {
        return new PostContent(text, List.of(media), Location.ONSITE, null);
    }

    private static PostDrafted drafted(PostContent content) {
        return new PostDrafted(ID, ACCOUNT, "teacher", content);
    }

    private void expectSubmissionRefused(PostContent content, String... codes) {
        fixture.given(drafted(content))
            .when(new SubmitPost(ID, null), AuditMetaData.of(TEACHER))
            .expectNoEvents()
            .expectException(breaks(codes));
    }

    // Drafting

    @Test
    void givenActiveAccount_whenApprovedPosterDrafts_thenPostDrafted() {
        fixture.givenNoPriorActivity()
            .when(new DraftPost(ID, ACCOUNT, CLEAN), AuditMetaData.of(TEACHER))
            .expectEvents(DRAFTED);
    }

    @Test
    void givenActiveAccount_whenStaffWhoAreNotApprovedPostersDraft_thenForbidden() {
        fixture.givenNoPriorActivity()
            .when(new DraftPost(ID, ACCOUNT, CLEAN), AuditMetaData.of(STAFF_NOT_POSTING))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "not-an-approved-poster"));
    }

    @Test
    void givenClosedAccount_whenDraftPost_thenAccountNotActive() {
        facts.account(account(AccountStatus.CLOSED, "teacher"));
        fixture.givenNoPriorActivity()
            .when(new DraftPost(ID, ACCOUNT, CLEAN), AuditMetaData.of(TEACHER))
            .expectException(breaks("ACCOUNT_NOT_ACTIVE"));
    }

    @Test
    void givenDraft_whenAuthorRevises_thenDraftRevised() {
        PostContent revised = content("Year 2 loved the science fair!", GROUP_PHOTO);
        fixture.given(DRAFTED)
            .when(new ReviseDraft(ID, revised, null), AuditMetaData.of(TEACHER))
            .expectEvents(new DraftRevised(ID, revised));
    }

    @Test
    void givenSubmitted_whenRevised_thenConflict() {
        fixture.given(DRAFTED, SUBMITTED)
            .when(new ReviseDraft(ID, CLEAN, null), AuditMetaData.of(TEACHER))
            .expectException(refused(RuleViolation.Kind.CONFLICT, "post-submitted"));
    }

    // Submission and each rule of the posting policy

    @Test
    void givenCleanDraft_whenAuthorSubmits_thenPostSubmitted() {
        fixture.given(DRAFTED).when(new SubmitPost(ID, null), AuditMetaData.of(TEACHER)).expectEvents(SUBMITTED);
    }

    @Test
    void givenDraft_whenSomeoneOtherThanTheAuthorSubmits_thenForbidden() {
        fixture.given(DRAFTED)
            .when(new SubmitPost(ID, null), AuditMetaData.of(TEACHER2))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "not-the-author"));
    }

    @Test
    void givenDraftLongerThanThePlatformAllows_whenSubmitPost_thenTextTooLong() {
        expectSubmissionRefused(content("a".repeat(281)), "TEXT_TOO_LONG");
    }

    @Test
    void givenDraftNamingAPupil_whenSubmitPost_thenPupilNamed() {
        expectSubmissionRefused(content("Well done amy  BROWN for a brilliant assembly", GROUP_PHOTO), "PUPIL_NAMED");
    }

    @Test
    void givenCaptionNamingAPupil_whenSubmitPost_thenPupilNamed() {
        expectSubmissionRefused(
                content("Science fair", new Medium("Ben Smith and friends", List.of("P-1", "P-2"), true)),
                "PUPIL_NAMED");
    }

    @Test
    void givenDraftUsingInitialsOnly_whenSubmitPost_thenPostSubmitted() {
        fixture.given(drafted(content("Well done AB and BS for a brilliant assembly", GROUP_PHOTO)))
            .when(new SubmitPost(ID, null), AuditMetaData.of(TEACHER))
            .expectEvents(SUBMITTED);
    }

    @Test
    void givenPhotoOfAPupilWithoutConsent_whenSubmitPost_thenPupilWithoutConsent() {
        expectSubmissionRefused(content("Art club", new Medium("Art club", List.of("P-1", "P-3"), true)),
                "PUPIL_WITHOUT_CONSENT");
    }

    @Test
    void givenPhotoOfAPupilMissingFromTheRegister_whenSubmitPost_thenPupilWithoutConsent() {
        expectSubmissionRefused(content("Art club", new Medium("Art club", List.of("P-1", "P-99"), true)),
                "PUPIL_WITHOUT_CONSENT");
    }

    @Test
    void givenPhotoOfAPupilOnTheNoPhotoList_whenSubmitPost_thenPupilOnNoPhotoList() {
        expectSubmissionRefused(content("Art club", new Medium("Art club", List.of("P-1", "P-4"), false)),
                "PUPIL_ON_NO_PHOTO_LIST");
    }

    @Test
    void givenPhotoIdentifyingOneChild_whenSubmitPost_thenIndividualPupilPhoto() {
        expectSubmissionRefused(content("Star of the week", new Medium("Star of the week", List.of("P-1"), true)),
                "INDIVIDUAL_PUPIL_PHOTO");
    }

    @Test
    void givenPhotoOfOneChildsHandsOnly_whenSubmitPost_thenPostSubmitted() {
        fixture.given(drafted(content("AB's clay pot", new Medium("Hands shaping clay", List.of("P-1"), false))))
            .when(new SubmitPost(ID, null), AuditMetaData.of(TEACHER))
            .expectEvents(SUBMITTED);
    }

    @Test
    void givenMentionOfAnAccountNotAllowed_whenSubmitPost_thenMentionNotAllowed() {
        expectSubmissionRefused(content("Excited about @dextnott speaking to us", GROUP_PHOTO), "MENTION_NOT_ALLOWED");
    }

    @Test
    void givenMentionOfAnAllowedEducationalAccount_whenSubmitPost_thenPostSubmitted() {
        fixture.given(drafted(content("Thank you @childrenscommissioner! Email office@school.example", GROUP_PHOTO)))
            .when(new SubmitPost(ID, null), AuditMetaData.of(TEACHER))
            .expectEvents(SUBMITTED);
    }

    @Test
    void givenAuthorNoLongerAnApprovedPoster_whenSubmitPost_thenAuthorNotApprovedPoster() {
        facts.account(account(AccountStatus.ACTIVE, "teacher2"));
        expectSubmissionRefused(CLEAN, "AUTHOR_NOT_APPROVED_POSTER");
    }

    @Test
    void givenAccountClosedAfterDrafting_whenSubmitPost_thenAccountNotActive() {
        facts.account(account(AccountStatus.CLOSED, "teacher", "teacher2"));
        expectSubmissionRefused(CLEAN, "ACCOUNT_NOT_ACTIVE");
    }

    @Test
    void givenDraftMadeFromAnOffsiteLocation_whenSubmitPost_thenOffsiteLocation() {
        expectSubmissionRefused(new PostContent("At the farm!", List.of(GROUP_PHOTO), Location.OFFSITE, null),
                "OFFSITE_LOCATION");
    }

    @Test
    void givenDraftBreakingSeveralRules_whenSubmitPost_thenEveryViolationIsListed() {
        expectSubmissionRefused(
                new PostContent("Amy Brown met @someone", List.of(new Medium("", List.of("P-3"), true)),
                        Location.OFFSITE, null),
                "PUPIL_NAMED", "PUPIL_WITHOUT_CONSENT", "INDIVIDUAL_PUPIL_PHOTO", "MENTION_NOT_ALLOWED",
                "OFFSITE_LOCATION");
    }

    @Test
    void givenCleanDraftOnASaturday_whenSubmitPost_thenPostSubmittedBecauseTheHoursOnlyBindPublication() {
        facts.at(SATURDAY_MORNING);
        fixture.given(DRAFTED).when(new SubmitPost(ID, null), AuditMetaData.of(TEACHER)).expectEvents(SUBMITTED);
    }

    // The four-eyes check

    @Test
    void givenSubmitted_whenTheAuthorApproves_thenSelfApprovalForbidden() {
        fixture.given(DRAFTED, SUBMITTED)
            .when(new ApprovePost(ID, null), AuditMetaData.of(TEACHER))
            .expectNoEvents()
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "self-approval"));
    }

    @Test
    void givenSubmittedByAnSltPoster_whenTheySelfApproveAsSlt_thenSelfApprovalForbidden() {
        facts.account(account(AccountStatus.ACTIVE, "head", "teacher"));
        fixture.given(new PostDrafted(ID, ACCOUNT, "head", CLEAN), new PostSubmitted(ID, "head"))
            .when(new ApprovePost(ID, null), AuditMetaData.of(HEAD))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "self-approval"));
    }

    @Test
    void givenSubmitted_whenAnotherApprovedPosterApproves_thenPostApproved() {
        fixture.given(DRAFTED, SUBMITTED)
            .when(new ApprovePost(ID, null), AuditMetaData.of(TEACHER2))
            .expectEvents(APPROVED);
    }

    @Test
    void givenSubmitted_whenSltWhoDoNotPostApprove_thenPostApproved() {
        fixture.given(DRAFTED, SUBMITTED)
            .when(new ApprovePost(ID, null), AuditMetaData.of(HEAD))
            .expectEvents(new PostApproved(ID, "head"));
    }

    @Test
    void givenSubmitted_whenStaffWhoAreNotApprovedPostersApprove_thenPosterNotApproved() {
        fixture.given(DRAFTED, SUBMITTED)
            .when(new ApprovePost(ID, null), AuditMetaData.of(STAFF_NOT_POSTING))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "not-an-approved-poster"));
    }

    @Test
    void givenDraft_whenApproved_thenConflictBecauseItWasNotSubmitted() {
        fixture.given(DRAFTED)
            .when(new ApprovePost(ID, null), AuditMetaData.of(TEACHER2))
            .expectException(refused(RuleViolation.Kind.CONFLICT, "post-draft"));
    }

    @Test
    void givenConsentWithdrawnAfterSubmission_whenApproved_thenPupilWithoutConsent() {
        facts.register(new PupilConsent("P-1", "Amy Brown", false, false), BEN);
        fixture.given(DRAFTED, SUBMITTED)
            .when(new ApprovePost(ID, null), AuditMetaData.of(TEACHER2))
            .expectException(breaks("PUPIL_WITHOUT_CONSENT"));
    }

    @Test
    void givenSubmitted_whenRejectedWithAReason_thenBackToDraft() {
        fixture.given(DRAFTED, SUBMITTED)
            .when(new RejectPost(ID, "Crop the photo so faces are not shown", null), AuditMetaData.of(TEACHER2))
            .expectEvents(new PostRejected(ID, "teacher2", "Crop the photo so faces are not shown"));
    }

    @Test
    void givenSubmitted_whenRejectedWithoutAReason_thenReasonRequired() {
        fixture.given(DRAFTED, SUBMITTED)
            .when(new RejectPost(ID, "", null), AuditMetaData.of(TEACHER2))
            .expectException(refused(RuleViolation.Kind.UNPROCESSABLE, "reason-required"));
    }

    @Test
    void givenSubmitted_whenTheAuthorRejects_thenSelfApprovalForbidden() {
        fixture.given(DRAFTED, SUBMITTED)
            .when(new RejectPost(ID, "changed my mind", null), AuditMetaData.of(TEACHER))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "self-approval"));
    }

    // Publication and the posting window

    @Test
    void givenApproved_whenPublishedInsideThePostingWindow_thenPublishedOnThePlatform() {
        fixture.given(DRAFTED, SUBMITTED, APPROVED)
            .when(new PublishPost(ID, null), AuditMetaData.of(TEACHER))
            .expectEvents(new PostPublished(ID, HANDLE, "teacher", WEDNESDAY_MORNING, "platform-post-1"));
        assertThat(platform.calls()).containsExactly("createPost " + HANDLE + " " + CLEAN.text());
    }

    @Test
    void givenApproved_whenPublishedOnASaturday_thenOutsidePostingHours() {
        facts.at(SATURDAY_MORNING);
        fixture.given(DRAFTED, SUBMITTED, APPROVED)
            .when(new PublishPost(ID, null), AuditMetaData.of(TEACHER))
            .expectNoEvents()
            .expectException(breaks("OUTSIDE_POSTING_HOURS"));
        assertThat(platform.calls()).isEmpty();
    }

    @Test
    void givenApproved_whenPublishedAtSixInTheEvening_thenOutsidePostingHours() {
        facts.at(WEDNESDAY_SIX_PM);
        fixture.given(DRAFTED, SUBMITTED, APPROVED)
            .when(new PublishPost(ID, null), AuditMetaData.of(TEACHER))
            .expectException(breaks("OUTSIDE_POSTING_HOURS"));
    }

    @Test
    void givenApprovedWithAnEventExemption_whenPublishedOnASaturday_thenPublished() {
        facts.at(SATURDAY_MORNING);
        PostContent match = new PostContent("Final score: 3-2 to us!", List.of(GROUP_PHOTO), Location.ONSITE,
                new Exemption(ExemptionKind.EVENT, "The football final is on Saturday"));
        fixture.given(drafted(match), SUBMITTED, APPROVED)
            .when(new PublishPost(ID, null), AuditMetaData.of(TEACHER2))
            .expectEvents(new PostPublished(ID, HANDLE, "teacher2", SATURDAY_MORNING, "platform-post-1"));
    }

    @Test
    void givenApproved_whenSomeoneWhoIsNotAnApprovedPosterPublishes_thenForbidden() {
        fixture.given(DRAFTED, SUBMITTED, APPROVED)
            .when(new PublishPost(ID, null), AuditMetaData.of(HEAD))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "not-an-approved-poster"));
    }

    @Test
    void givenSubmitted_whenPublished_thenConflictBecauseItWasNotApproved() {
        fixture.given(DRAFTED, SUBMITTED)
            .when(new PublishPost(ID, null), AuditMetaData.of(TEACHER2))
            .expectException(refused(RuleViolation.Kind.CONFLICT, "post-submitted"));
    }

    @Test
    void givenApproved_whenThePlatformIsDown_thenNothingIsRecorded() {
        platform.goDown();
        fixture.given(DRAFTED, SUBMITTED, APPROVED)
            .when(new PublishPost(ID, null), AuditMetaData.of(TEACHER))
            .expectNoEvents()
            .expectException(PlatformUnavailable.class);
    }

}
