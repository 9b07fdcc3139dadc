package org.safeguarding.post.comment;

import static org.safeguarding.post.testing.Refusals.refused;

import java.time.Instant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.post.CommentAction;
import org.safeguarding.kernel.api.post.CommentDisposed;
import org.safeguarding.kernel.api.post.CommentEscalated;
import org.safeguarding.kernel.api.post.CommentEscalationRequested;
import org.safeguarding.kernel.api.post.CommentReceived;
import org.safeguarding.kernel.api.post.DeleteComment;
import org.safeguarding.kernel.api.post.DisposeComment;
import org.safeguarding.kernel.api.post.ModerateComment;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.post.testing.RecordingPlatform;

/**
 * A comment is disposed of only by an approved disposal, and then takes no more steps.
 */
class CommentDisposalTest {

    private static final String ID = "comment-1";

    private static final Instant RECEIVED_AT = Instant.parse("2026-11-18T10:00:00Z");

    private static final CommentReceived RECEIVED = new CommentReceived(ID, "account-1", "X", "@DimpleWell54", "@troll",
            "1234", "Rude words", RECEIVED_AT, null, null, RECEIVED_AT.plusSeconds(86_400));

    private static final Actor DSL = Actor.of("dsl", Role.STAFF, Role.DSL);

    private static final CommentEscalationRequested ESCALATING = new CommentEscalationRequested(ID, "moderation-1",
            "dsl", Category.CYBERBULLYING, "Reply bullying a pupil", "details", "X", RECEIVED_AT);

    private final FixtureConfiguration<Comment> fixture = new AggregateTestFixture<>(Comment.class);

    @BeforeEach
    void setUp() {
        fixture.registerInjectableResource(new RecordingPlatform());
    }

    @Test
    void givenReceivedComment_whenAnApprovedDisposalDisposesOfIt_thenCommentDisposed() {
        fixture.given(RECEIVED)
            .when(new DisposeComment(ID, "disposal-1"), AuditMetaData.of(Actor.SYSTEM))
            .expectEvents(new CommentDisposed(ID, "disposal-1"));
    }

    @Test
    void givenReceivedComment_whenTheDslDisposesOfItDirectly_thenOnlyTheSystem() {
        fixture.given(RECEIVED)
            .when(new DisposeComment(ID, "disposal-1"), AuditMetaData.of(DSL))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "system-only"))
            .expectNoEvents();
    }

    @Test
    void givenAnEscalationStillOnItsWay_whenDisposed_thenRefusedUntilItIsReported() {
        fixture.given(RECEIVED, ESCALATING)
            .when(new DisposeComment(ID, "disposal-1"), AuditMetaData.of(Actor.SYSTEM))
            .expectException(refused(RuleViolation.Kind.CONFLICT, "comment-escalation-pending"))
            .expectNoEvents();
    }

    @Test
    void givenAnEscalationReported_whenDisposed_thenCommentDisposed() {
        fixture.given(RECEIVED, ESCALATING, new CommentEscalated(ID, "moderation-1", "incident-1"))
            .when(new DisposeComment(ID, "disposal-1"), AuditMetaData.of(Actor.SYSTEM))
            .expectEvents(new CommentDisposed(ID, "disposal-1"));
    }

    @Test
    void givenDisposedComment_whenModerated_thenCommentDisposed() {
        fixture.given(RECEIVED, new CommentDisposed(ID, "disposal-1"))
            .when(new ModerateComment(ID, "moderation-2", CommentAction.NO_ACTION, "Looked at it", null, null, null),
                    AuditMetaData.of(DSL))
            .expectException(refused(RuleViolation.Kind.CONFLICT, "comment-disposed"))
            .expectNoEvents();
    }

    @Test
    void givenDisposedComment_whenDeleted_thenCommentDisposed() {
        fixture.given(RECEIVED, new CommentDisposed(ID, "disposal-1"))
            .when(new DeleteComment(ID, "For an incident", "incident-1"), AuditMetaData.of(DSL))
            .expectException(refused(RuleViolation.Kind.CONFLICT, "comment-disposed"))
            .expectNoEvents();
    }

    @Test
    void givenDisposedComment_whenDisposedAgain_thenCommentDisposed() {
        fixture.given(RECEIVED, new CommentDisposed(ID, "disposal-1"))
            .when(new DisposeComment(ID, "disposal-2"), AuditMetaData.of(Actor.SYSTEM))
            .expectException(refused(RuleViolation.Kind.CONFLICT, "comment-disposed"))
            .expectNoEvents();
    }

}
