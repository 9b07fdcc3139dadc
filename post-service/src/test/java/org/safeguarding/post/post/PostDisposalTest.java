package org.safeguarding.post.post;

import static org.safeguarding.post.testing.Refusals.refused;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.post.DeletePost;
import org.safeguarding.kernel.api.post.DisposePost;
import org.safeguarding.kernel.api.post.Location;
import org.safeguarding.kernel.api.post.PostContent;
import org.safeguarding.kernel.api.post.PostDisposed;
import org.safeguarding.kernel.api.post.PostDrafted;
import org.safeguarding.kernel.api.post.ReviseDraft;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.post.testing.RecordingPlatform;

/** A post is disposed of only by an approved disposal, and then takes no more steps. */
class PostDisposalTest {

    private static final Actor DSL = Actor.of("dsl", Role.STAFF, Role.DSL);

    private static final Actor TEACHER = Actor.of("teacher", Role.STAFF);

    private static final PostDrafted DRAFTED = new PostDrafted("post-1", "account-1", "teacher",
            new PostContent("Sports day!", List.of(), Location.ONSITE, null));

    private static final PostDisposed DISPOSED = new PostDisposed("post-1", "disposal-1");

    private final FixtureConfiguration<Post> posts = new AggregateTestFixture<>(Post.class);

    @BeforeEach
    void setUp() {
        posts.registerInjectableResource(new RecordingPlatform());
    }

    @Test
    void givenPost_whenAnApprovedDisposalDisposesOfIt_thenPostDisposed() {
        posts.given(DRAFTED)
            .when(new DisposePost("post-1", "disposal-1"), AuditMetaData.of(Actor.SYSTEM))
            .expectEvents(DISPOSED);
    }

    @Test
    void givenPost_whenTheDslDisposesOfItDirectly_thenOnlyTheSystem() {
        posts.given(DRAFTED)
            .when(new DisposePost("post-1", "disposal-1"), AuditMetaData.of(DSL))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "system-only"))
            .expectNoEvents();
    }

    @Test
    void givenDisposedPost_whenItsAuthorRevisesIt_thenPostDisposed() {
        posts.given(DRAFTED, DISPOSED)
            .when(new ReviseDraft("post-1", new PostContent("Sports day again", List.of(), Location.ONSITE, null),
                    null), AuditMetaData.of(TEACHER))
            .expectException(refused(RuleViolation.Kind.CONFLICT, "post-disposed"))
            .expectNoEvents();
    }

    @Test
    void givenDisposedPost_whenDeleted_thenPostDisposed() {
        posts.given(DRAFTED, DISPOSED)
            .when(new DeletePost("post-1", "For an incident", "incident-1"), AuditMetaData.of(DSL))
            .expectException(refused(RuleViolation.Kind.CONFLICT, "post-disposed"))
            .expectNoEvents();
    }

    @Test
    void givenDisposedPost_whenDisposedAgain_thenPostDisposed() {
        posts.given(DRAFTED, DISPOSED)
            .when(new DisposePost("post-1", "disposal-2"), AuditMetaData.of(Actor.SYSTEM))
            .expectException(refused(RuleViolation.Kind.CONFLICT, "post-disposed"))
            .expectNoEvents();
    }

}
