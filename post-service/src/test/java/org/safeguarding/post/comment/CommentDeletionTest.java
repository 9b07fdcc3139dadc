package org.safeguarding.post.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.api.incident.ContentType;
import org.safeguarding.kernel.api.post.CommentReceived;
import org.safeguarding.kernel.api.post.ContentDeleted;
import org.safeguarding.kernel.api.post.DeleteComment;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.post.testing.RecordingPlatform;

class CommentDeletionTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    private static final Actor DSL = Actor.of("dsl", Role.STAFF, Role.DSL);

    private static final Actor COMPUTING_LEAD = Actor.of("computing", Role.STAFF, Role.COMPUTING_LEAD);

    private static final CommentReceived COMMENT = new CommentReceived("comment-1", "account-1", "X", "@DimpleWell54",
            "@troll", null, "Abuse", NOW, "post-1", "tweet-2", NOW.plusSeconds(86_400));

    private final RecordingPlatform platform = new RecordingPlatform();

    private final FixtureConfiguration<Comment> comments = new AggregateTestFixture<>(Comment.class);

    @BeforeEach
    void setUp() {
        comments.registerInjectableResource(platform);
    }

    @Test
    void givenComment_whenDeletedForTheComputingLead_thenContentDeletedOnThePlatform() {
        comments.given(COMMENT)
            .when(new DeleteComment("comment-1", "Cyberbullying", "incident-2"), AuditMetaData.of(COMPUTING_LEAD))
            .expectEvents(new ContentDeleted("comment-1", ContentType.COMMENT, "computing", "Cyberbullying",
                    "incident-2", "tweet-2"));
        assertThat(platform.calls()).containsExactly("deleteComment @DimpleWell54 tweet-2");
    }

    @Test
    void givenDeletedComment_whenDeleteCommentAgain_thenNothingChanges() {
        comments.given(COMMENT, new ContentDeleted("comment-1", ContentType.COMMENT, "dsl", "r", null, "tweet-2"))
            .when(new DeleteComment("comment-1", "Again", "incident-2"), AuditMetaData.of(DSL))
            .expectNoEvents();
        assertThat(platform.calls()).isEmpty();
    }

}
