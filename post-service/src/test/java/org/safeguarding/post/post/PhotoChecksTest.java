package org.safeguarding.post.post;

import static org.safeguarding.post.testing.Refusals.breaks;

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
import org.safeguarding.kernel.api.post.AccountStanding;
import org.safeguarding.kernel.api.post.AccountStatus;
import org.safeguarding.kernel.api.post.ApprovePost;
import org.safeguarding.kernel.api.post.Location;
import org.safeguarding.kernel.api.post.Medium;
import org.safeguarding.kernel.api.post.PhotosChecked;
import org.safeguarding.kernel.api.post.PostApproved;
import org.safeguarding.kernel.api.post.PostContent;
import org.safeguarding.kernel.api.post.PostDrafted;
import org.safeguarding.kernel.api.post.PostSubmitted;
import org.safeguarding.kernel.api.post.PupilConsent;
import org.safeguarding.kernel.api.post.SubmitPost;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.safeguarding.post.policy.PostingPolicy;
import org.safeguarding.post.policy.PostingWindow;
import org.safeguarding.post.testing.FixedPostingFacts;
import org.safeguarding.post.testing.RecordingPlatform;

/**
 * Photos say who is in them, and the approver checks them (000:43, 000:66-69, 004:24).
 */
class PhotoChecksTest {

    private static final String ID = "post-1";

    private static final String ACCOUNT = "account-1";

    private static final Actor TEACHER = Actor.of("teacher", Role.STAFF);

    private static final Actor TEACHER2 = Actor.of("teacher2", Role.STAFF);

    private static final Medium GROUP = new Medium("Year 2 at the fair", List.of("P-1", "P-2"), true);

    private static final Medium STAFF_ONLY = new Medium("The staff team", List.of(), true, true);

    private final FixtureConfiguration<Post> fixture = new AggregateTestFixture<>(Post.class);

    private final FixedPostingFacts facts = new FixedPostingFacts(Instant.parse("2026-11-18T10:00:00Z"));

    @BeforeEach
    void setUp() {
        var calendar = new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());
        fixture.registerInjectableResource(new PostingPolicy(PostingWindow.parse("08:00-18:00"), calendar, 280));
        fixture.registerInjectableResource(facts);
        fixture.registerInjectableResource(new RecordingPlatform());
        facts
            .account(new AccountStanding(ACCOUNT, "X", "@School", AccountStatus.ACTIVE, List.of("teacher", "teacher2"),
                    List.of()))
            .register(new PupilConsent("P-1", "Amy Brown", true, false),
                    new PupilConsent("P-2", "Ben Smith", true, false));
    }

    private static PostDrafted drafted(Medium... media) {
        return new PostDrafted(ID, ACCOUNT, "teacher",
                new PostContent("Year 2 loved the fair", List.of(media), Location.ONSITE, null));
    }

    @Test
    void givenIdentifiablePhotoWithoutPupils_whenSubmitted_thenPupilsNotIdentified() {
        fixture.given(drafted(new Medium("The fair", List.of(), true)))
            .when(new SubmitPost(ID, null), AuditMetaData.of(TEACHER))
            .expectNoEvents()
            .expectException(breaks("PUPILS_NOT_IDENTIFIED"));
    }

    @Test
    void givenPhotoMarkedNoPupilsShown_whenApprovedWithoutConfirming_thenPupilsNotIdentified() {
        fixture.given(drafted(STAFF_ONLY), new PostSubmitted(ID, "teacher"))
            .when(new ApprovePost(ID, null, true, false), AuditMetaData.of(TEACHER2))
            .expectNoEvents()
            .expectException(breaks("PUPILS_NOT_IDENTIFIED"));
    }

    @Test
    void givenPhotos_whenApprovedWithoutCheckingForVisibleNames_thenVisibleNamesNotChecked() {
        fixture.given(drafted(GROUP), new PostSubmitted(ID, "teacher"))
            .when(new ApprovePost(ID, null, false, null), AuditMetaData.of(TEACHER2))
            .expectNoEvents()
            .expectException(breaks("VISIBLE_NAMES_NOT_CHECKED"));
    }

    @Test
    void givenPhotoMarkedNoPupilsShown_whenApprovedWithBothChecks_thenPhotosCheckedAndPostApproved() {
        fixture.given(drafted(STAFF_ONLY, GROUP), new PostSubmitted(ID, "teacher"))
            .when(new ApprovePost(ID, null, true, true), AuditMetaData.of(TEACHER2))
            .expectEvents(new PhotosChecked(ID, "teacher2", true, true), new PostApproved(ID, "teacher2"));
    }

}
