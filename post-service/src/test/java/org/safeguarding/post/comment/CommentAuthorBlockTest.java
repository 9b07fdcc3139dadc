package org.safeguarding.post.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.post.testing.Refusals.refused;

import java.time.Instant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.post.BlockCommentAuthor;
import org.safeguarding.kernel.api.post.CommentAuthorBlocked;
import org.safeguarding.kernel.api.post.CommentReceived;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.post.testing.RecordingPlatform;

class CommentAuthorBlockTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    private static final Actor DSL = Actor.of("dsl", Role.STAFF, Role.DSL);

    private static final Actor TEACHER = Actor.of("teacher", Role.STAFF);

    private static final CommentReceived COMMENT = new CommentReceived("comment-1", "account-1", "X", "@DimpleWell54",
            "@troll", "2244994945", "Abuse", NOW, "post-1", "tweet-2", NOW.plusSeconds(86_400));

    private final RecordingPlatform platform = new RecordingPlatform();

    private final FixtureConfiguration<Comment> comments = new AggregateTestFixture<>(Comment.class);

    @BeforeEach
    void setUp() {
        comments.registerInjectableResource(platform);
    }

    @Test
    void givenComment_whenAuthorBlockedForTheDsl_thenCommentAuthorBlockedOnThePlatform() {
        comments.given(COMMENT)
            .when(new BlockCommentAuthor("comment-1", "Cyberbullying", "incident-2"), AuditMetaData.of(DSL))
            .expectEvents(new CommentAuthorBlocked("comment-1", "dsl", "Cyberbullying", "incident-2", "2244994945"));
        assertThat(platform.calls()).containsExactly("blockUser @DimpleWell54 2244994945");
    }

    @Test
    void givenAuthorBlocked_whenBlockedAgain_thenNothingChanges() {
        comments
            .given(COMMENT, new CommentAuthorBlocked("comment-1", "dsl", "Cyberbullying", "incident-2", "2244994945"))
            .when(new BlockCommentAuthor("comment-1", "Again", "incident-2"), AuditMetaData.of(DSL))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
        assertThat(platform.calls()).isEmpty();
    }

    @Test
    void givenComment_whenATeacherBlocksTheAuthor_thenForbidden() {
        comments.given(COMMENT)
            .when(new BlockCommentAuthor("comment-1", "Cyberbullying", null), AuditMetaData.of(TEACHER))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "not-a-moderator"));
        assertThat(platform.calls()).isEmpty();
    }

    @Test
    void givenComment_whenBlockedWithoutAReason_thenReasonRequired() {
        comments.given(COMMENT)
            .when(new BlockCommentAuthor("comment-1", " ", null), AuditMetaData.of(DSL))
            .expectException(refused(RuleViolation.Kind.UNPROCESSABLE, "reason-required"));
    }

}
