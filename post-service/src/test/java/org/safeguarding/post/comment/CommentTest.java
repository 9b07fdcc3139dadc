package org.safeguarding.post.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.safeguarding.post.testing.Refusals.refused;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.ContentType;
import org.safeguarding.kernel.api.post.CommentAction;
import org.safeguarding.kernel.api.post.CommentEscalated;
import org.safeguarding.kernel.api.post.CommentEscalationRequested;
import org.safeguarding.kernel.api.post.CommentModerated;
import org.safeguarding.kernel.api.post.CommentReceived;
import org.safeguarding.kernel.api.post.ContentDeleted;
import org.safeguarding.kernel.api.post.EscalateMissedResponse;
import org.safeguarding.kernel.api.post.Escalation;
import org.safeguarding.kernel.api.post.ModerateComment;
import org.safeguarding.kernel.api.post.ReceiveComment;
import org.safeguarding.kernel.api.post.RecordCommentEscalation;
import org.safeguarding.kernel.api.post.RecordMissedResponse;
import org.safeguarding.kernel.api.post.ReinstateResponseDeadline;
import org.safeguarding.kernel.api.post.ResponseDeadlineMissed;
import org.safeguarding.kernel.api.post.ResponseDeadlineReinstated;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.safeguarding.post.platform.PlatformUnavailable;
import org.safeguarding.post.testing.RecordingPlatform;

class CommentTest {

    private static final String ID = "comment-1";

    private static final String HANDLE = "@DimpleWell54";

    /**
     * A Wednesday, a Friday, a Saturday and a bank-holiday Monday, all GMT in these
     * months.
     */
    private static final Instant WEDNESDAY = Instant.parse("2026-11-18T19:30:00Z");

    private static final Instant FRIDAY_EVENING = Instant.parse("2026-11-20T17:00:00Z");

    private static final Instant SATURDAY = Instant.parse("2026-11-21T10:00:00Z");

    private static final Instant END_OF_MONDAY = Instant.parse("2026-11-24T00:00:00Z");

    private static final Instant BOXING_DAY_SUBSTITUTE = Instant.parse("2026-12-28T09:00:00Z");

    private static final Actor ADMIN = Actor.of("admin", Role.ADMIN);

    private static final Actor WEBHOOK = Actor.of("service", Role.SERVICE);

    private static final Actor TEACHER = Actor.of("teacher", Role.STAFF);

    private static final Actor COMPUTING = Actor.of("computing", Role.STAFF, Role.COMPUTING_LEAD);

    private static final CommentReceived RECEIVED = received(WEDNESDAY, WEDNESDAY.plus(Duration.ofHours(24)));

    private static final String NOTICE = "We removed a reply that used offensive language.";

    private final FixtureConfiguration<Comment> fixture = new AggregateTestFixture<>(Comment.class);

    private final RecordingPlatform platform = new RecordingPlatform();

    @BeforeEach
    void setUp() {
        var calendar = new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                Set.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28")));
        fixture
            .registerInjectableResource(new ResponseTimetable(calendar, new CommentProperties(Duration.ofHours(24))));
        fixture.registerInjectableResource(platform);
    }

    private static ReceiveComment receive(Instant at) {
        return new ReceiveComment(ID, "account-1", "X", HANDLE, "@troll", "1234", "Rude words", at, "post-1",
                "tweet-9");
    }

    private static CommentReceived received(Instant at, Instant respondBy) {
        return new CommentReceived(ID, "account-1", "X", HANDLE, "@troll", "1234", "Rude words", at, "post-1",
                "tweet-9", respondBy);
    }

    private static ModerateComment moderate(CommentAction action, String publicReason, Escalation escalation) {
        return new ModerateComment(ID, "moderation-1", action, "Offensive language", publicReason, escalation, null);
    }

    // The response clock

    @Test
    void givenNothing_whenCommentReceivedOnAWorkingDay_thenRespondByIs24HoursLater() {
        fixture.givenNoPriorActivity().when(receive(WEDNESDAY), AuditMetaData.of(WEBHOOK)).expectEvents(RECEIVED);
    }

    @Test
    void givenNothing_whenCommentReceivedFridayEvening_thenRespondByIs24HoursLaterEvenOnASaturday() {
        fixture.givenNoPriorActivity()
            .when(receive(FRIDAY_EVENING), AuditMetaData.of(ADMIN))
            .expectEvents(received(FRIDAY_EVENING, FRIDAY_EVENING.plus(Duration.ofHours(24))));
    }

    @Test
    void givenNothing_whenCommentReceivedAtTheWeekend_thenRespondByIsTheEndOfTheNextWorkingDay() {
        fixture.givenNoPriorActivity()
            .when(receive(SATURDAY), AuditMetaData.of(WEBHOOK))
            .expectEvents(received(SATURDAY, END_OF_MONDAY));
    }

    @Test
    void givenNothing_whenCommentReceivedOnABankHoliday_thenRespondByIsTheEndOfTheNextWorkingDay() {
        fixture.givenNoPriorActivity()
            .when(receive(BOXING_DAY_SUBSTITUTE), AuditMetaData.of(WEBHOOK))
            .expectEvents(received(BOXING_DAY_SUBSTITUTE, Instant.parse("2026-12-30T00:00:00Z")));
    }

    @Test
    void givenNothing_whenStaffEnterAComment_thenForbidden() {
        fixture.givenNoPriorActivity()
            .when(receive(WEDNESDAY), AuditMetaData.of(TEACHER))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "not-admin-or-service"));
    }

    @Test
    void givenAwaiting_whenTheSystemRecordsTheMissedResponse_thenResponseDeadlineMissed() {
        fixture.given(RECEIVED)
            .when(new RecordMissedResponse(ID, RECEIVED.respondBy(), "Nobody acted"), AuditMetaData.of(Actor.SYSTEM))
            .expectEvents(new ResponseDeadlineMissed(ID, RECEIVED.respondBy()));
    }

    @Test
    void givenModerated_whenTheSystemRecordsTheMissedResponse_thenConflictBecauseSomeoneActed() {
        fixture
            .given(RECEIVED,
                    new CommentModerated(ID, "m-1", CommentAction.RESPOND, "computing", "Phoned parent", null, null))
            .when(new RecordMissedResponse(ID, RECEIVED.respondBy(), "Nobody acted"), AuditMetaData.of(Actor.SYSTEM))
            .expectException(refused(RuleViolation.Kind.CONFLICT, "responded-in-time"));
    }

    @Test
    void givenAwaiting_whenAPersonRecordsTheMissedResponse_thenForbidden() {
        fixture.given(RECEIVED)
            .when(new RecordMissedResponse(ID, RECEIVED.respondBy(), "Nobody acted"), AuditMetaData.of(COMPUTING))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "system-only"));
    }

    // A missed response goes to the DSL

    private static final String TO_THE_DSL = "Nobody responded in time";

    @Test
    void givenRecordedOverdue_whenTheSystemEscalatesTheMissedResponse_thenRequestedOnTheYellowFormInTheDslsName() {
        fixture.given(RECEIVED, new ResponseDeadlineMissed(ID, RECEIVED.respondBy()))
            .when(new EscalateMissedResponse(ID, "dsl", TO_THE_DSL), AuditMetaData.of(Actor.SYSTEM, TO_THE_DSL))
            .expectEventsMatching(payloadsMatching(exactSequenceOf(predicate(
                    (CommentEscalationRequested requested) -> requested.moderationId().equals(Comment.MISSED_RESPONSE)
                            && requested.requestedBy().equals("dsl") && requested.category() == Category.OTHER
                            && requested.form() == Form.SAFEGUARDING && requested.summary().contains(HANDLE)
                            && requested.details().contains("Rude words")
                            && requested.details().contains("was missed")),
                    andNoMore())));
    }

    @Test
    void givenMissedResponseEscalated_whenEscalatedAgain_thenNoEvent() {
        fixture
            .given(RECEIVED, new ResponseDeadlineMissed(ID, RECEIVED.respondBy()),
                    new CommentEscalationRequested(ID, Comment.MISSED_RESPONSE, "dsl", Category.OTHER, "s", "d", "X",
                            RECEIVED.receivedAt()))
            .when(new EscalateMissedResponse(ID, "dsl", TO_THE_DSL), AuditMetaData.of(Actor.SYSTEM))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void givenAwaiting_whenTheSystemEscalatesAMissedResponseNotRecorded_thenNoEvent() {
        fixture.given(RECEIVED)
            .when(new EscalateMissedResponse(ID, "dsl", TO_THE_DSL), AuditMetaData.of(Actor.SYSTEM))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void givenRecordedOverdue_whenAPersonEscalatesTheMissedResponse_thenForbidden() {
        fixture.given(RECEIVED, new ResponseDeadlineMissed(ID, RECEIVED.respondBy()))
            .when(new EscalateMissedResponse(ID, "dsl", TO_THE_DSL), AuditMetaData.of(COMPUTING))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "system-only"));
    }

    // The response clock the reconciler puts back

    private static final String MISSING = "The scheduler no longer held this deadline";

    @Test
    void givenAwaiting_whenTheSystemReinstatesTheResponseDeadline_thenReinstatedDueAsBefore() {
        fixture.given(RECEIVED)
            .when(new ReinstateResponseDeadline(ID, RECEIVED.respondBy(), MISSING),
                    AuditMetaData.of(Actor.SYSTEM, MISSING))
            .expectEvents(new ResponseDeadlineReinstated(ID, RECEIVED.respondBy(), MISSING));
    }

    @Test
    void givenAwaiting_whenAPersonReinstatesTheResponseDeadline_thenForbidden() {
        fixture.given(RECEIVED)
            .when(new ReinstateResponseDeadline(ID, RECEIVED.respondBy(), MISSING), AuditMetaData.of(COMPUTING))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "system-only"));
    }

    @Test
    void givenModerated_whenTheSystemReinstatesTheResponseDeadline_thenConflictBecauseSomeoneActed() {
        fixture
            .given(RECEIVED,
                    new CommentModerated(ID, "m-1", CommentAction.RESPOND, "computing", "Phoned parent", null, null))
            .when(new ReinstateResponseDeadline(ID, RECEIVED.respondBy(), MISSING), AuditMetaData.of(Actor.SYSTEM))
            .expectException(refused(RuleViolation.Kind.CONFLICT, "deadline-not-running"));
    }

    @Test
    void givenRecordedOverdue_whenTheSystemReinstatesTheResponseDeadline_thenConflictBecauseItAlreadyRanOut() {
        fixture.given(RECEIVED, new ResponseDeadlineMissed(ID, RECEIVED.respondBy()))
            .when(new ReinstateResponseDeadline(ID, RECEIVED.respondBy(), MISSING), AuditMetaData.of(Actor.SYSTEM))
            .expectException(refused(RuleViolation.Kind.CONFLICT, "deadline-not-running"));
    }

    @Test
    void givenAwaiting_whenTheSystemReinstatesAnotherDueTime_thenConflict() {
        fixture.given(RECEIVED)
            .when(new ReinstateResponseDeadline(ID, RECEIVED.respondBy().plusSeconds(60), MISSING),
                    AuditMetaData.of(Actor.SYSTEM))
            .expectException(refused(RuleViolation.Kind.CONFLICT, "deadline-not-running"));
    }

    // Moderation

    @Test
    void givenComment_whenStaffModerate_thenForbidden() {
        fixture.given(RECEIVED)
            .when(moderate(CommentAction.RESPOND, null, null), AuditMetaData.of(TEACHER))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "not-a-moderator"));
    }

    @Test
    void givenComment_whenRespondedTo_thenRecordedAndNothingIsSentToThePlatform() {
        fixture.given(RECEIVED)
            .when(moderate(CommentAction.RESPOND, null, null), AuditMetaData.of(COMPUTING))
            .expectEvents(new CommentModerated(ID, "moderation-1", CommentAction.RESPOND, "computing",
                    "Offensive language", null, null));
        assertThat(platform.calls()).isEmpty();
    }

    @Test
    void givenComment_whenHiddenWithoutAPublicReason_thenPublicReasonRequired() {
        fixture.given(RECEIVED)
            .when(moderate(CommentAction.HIDE, " ", null), AuditMetaData.of(COMPUTING))
            .expectNoEvents()
            .expectException(refused(RuleViolation.Kind.UNPROCESSABLE, "public-reason-required"));
        assertThat(platform.calls()).isEmpty();
    }

    @Test
    void givenComment_whenHidden_thenHiddenOnThePlatformAndTheAudienceIsToldWhy() {
        fixture.given(RECEIVED)
            .when(moderate(CommentAction.HIDE, NOTICE, null), AuditMetaData.of(COMPUTING))
            .expectEvents(new CommentModerated(ID, "moderation-1", CommentAction.HIDE, "computing",
                    "Offensive language", NOTICE, "platform-post-1"));
        assertThat(platform.calls()).containsExactly("hideReply " + HANDLE + " tweet-9",
                "createPost " + HANDLE + " " + NOTICE);
    }

    @Test
    void givenComment_whenDeleted_thenModeratedAndRemovedFromThePlatform() {
        fixture.given(RECEIVED)
            .when(moderate(CommentAction.DELETE, NOTICE, null), AuditMetaData.of(COMPUTING))
            .expectEvents(
                    new CommentModerated(ID, "moderation-1", CommentAction.DELETE, "computing", "Offensive language",
                            NOTICE, "platform-post-1"),
                    new ContentDeleted(ID, ContentType.COMMENT, "computing", "Offensive language", null, "tweet-9"));
        assertThat(platform.calls()).first().isEqualTo("deleteComment " + HANDLE + " tweet-9");
    }

    @Test
    void givenComment_whenAuthorBlocked_thenTheirPlatformAccountIsBlocked() {
        fixture.given(RECEIVED)
            .when(moderate(CommentAction.BLOCK_AUTHOR, NOTICE, null), AuditMetaData.of(COMPUTING))
            .expectSuccessfulHandlerExecution();
        assertThat(platform.calls()).first().isEqualTo("blockUser " + HANDLE + " 1234");
    }

    @Test
    void givenComment_whenThePlatformIsDown_thenNothingIsRecorded() {
        platform.goDown();
        fixture.given(RECEIVED)
            .when(moderate(CommentAction.DELETE, NOTICE, null), AuditMetaData.of(COMPUTING))
            .expectNoEvents()
            .expectException(PlatformUnavailable.class);
    }

    @Test
    void givenDeletedComment_whenHidden_thenConflict() {
        fixture.given(RECEIVED, new ContentDeleted(ID, ContentType.COMMENT, "dsl", "Abusive", "incident-1", "tweet-9"))
            .when(moderate(CommentAction.HIDE, NOTICE, null), AuditMetaData.of(COMPUTING))
            .expectException(refused(RuleViolation.Kind.CONFLICT, "comment-deleted"));
    }

    @Test
    void givenComment_whenModeratedWithAnEscalation_thenTheIncidentIsRequestedOnTheModeratorsBehalf() {
        fixture.given(RECEIVED)
            .when(moderate(CommentAction.REPORT_TO_PLATFORM, null,
                    new Escalation(Category.CYBERBULLYING, "Reply bullying a pupil")), AuditMetaData.of(COMPUTING))
            .expectEvents(
                    new CommentModerated(ID, "moderation-1", CommentAction.REPORT_TO_PLATFORM, "computing",
                            "Offensive language", null, null),
                    new CommentEscalationRequested(ID, "moderation-1", "computing", Category.CYBERBULLYING,
                            "Reply bullying a pupil",
                            "Comment by @troll on X account " + HANDLE + ", received " + WEDNESDAY
                                    + ":\nRude words\n\nModeration: REPORT_TO_PLATFORM. Offensive language",
                            "X", WEDNESDAY));
    }

    @Test
    void givenEscalationRequested_whenTheIncidentIsRecorded_thenCommentEscalated() {
        fixture.given(RECEIVED, escalationRequested())
            .when(new RecordCommentEscalation(ID, "moderation-1", "incident-7"), AuditMetaData.of(Actor.SYSTEM))
            .expectEvents(new CommentEscalated(ID, "moderation-1", "incident-7"));
    }

    @Test
    void givenEscalated_whenTheIncidentIsRecordedAgain_thenNothingChanges() {
        fixture.given(RECEIVED, escalationRequested(), new CommentEscalated(ID, "moderation-1", "incident-7"))
            .when(new RecordCommentEscalation(ID, "moderation-1", "incident-7"), AuditMetaData.of(Actor.SYSTEM))
            .expectNoEvents();
    }

    private static CommentEscalationRequested escalationRequested() {
        return new CommentEscalationRequested(ID, "moderation-1", "computing", Category.CYBERBULLYING, "s", "d", "X",
                WEDNESDAY);
    }

    @Test
    void givenComment_whenNoActionWithoutANote_thenNoteRequired() {
        fixture.given(RECEIVED)
            .when(new ModerateComment(ID, "moderation-1", CommentAction.NO_ACTION, " ", null, null, null),
                    AuditMetaData.of(COMPUTING))
            .expectNoEvents()
            .expectException(RuleViolation.class)
            .expectExceptionMessage("Say in the note what was done and why");
    }

}
