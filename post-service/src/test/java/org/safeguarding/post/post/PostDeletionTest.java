package org.safeguarding.post.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.post.testing.Refusals.refused;

import java.time.Instant;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.incident.ContentType;
import org.safeguarding.kernel.api.post.ContentDeleted;
import org.safeguarding.kernel.api.post.DeletePost;
import org.safeguarding.kernel.api.post.Location;
import org.safeguarding.kernel.api.post.PostApproved;
import org.safeguarding.kernel.api.post.PostContent;
import org.safeguarding.kernel.api.post.PostDrafted;
import org.safeguarding.kernel.api.post.PostPublished;
import org.safeguarding.kernel.api.post.PostSubmitted;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.post.testing.RecordingPlatform;

class PostDeletionTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    private static final Actor DSL = Actor.of("dsl", Role.STAFF, Role.DSL);

    private static final Actor COMPUTING_LEAD = Actor.of("computing", Role.STAFF, Role.COMPUTING_LEAD);

    private static final Actor INCIDENT_SERVICE = Actor.of("incident-service", Role.SERVICE);

    private static final Actor TEACHER = Actor.of("teacher", Role.STAFF);

    private static final PostDrafted DRAFTED = new PostDrafted("post-1", "account-1", "teacher",
            new PostContent("Sports day!", List.of(), Location.ONSITE, null));

    private static final PostPublished PUBLISHED = new PostPublished("post-1", "@DimpleWell54", "teacher", NOW,
            "tweet-1");

    private final RecordingPlatform platform = new RecordingPlatform();

    private final FixtureConfiguration<Post> posts = new AggregateTestFixture<>(Post.class);

    @BeforeEach
    void setUp() {
        posts.registerInjectableResource(platform);
    }

    private static DeletePost deletePost(String reason) {
        return new DeletePost("post-1", reason, "incident-1");
    }

    @Test
    void givenPublishedPost_whenDeletePost_thenContentDeletedAndTakenOffThePlatform() {
        posts.given(DRAFTED, new PostSubmitted("post-1", "teacher"), new PostApproved("post-1", "teacher2"), PUBLISHED)
            .when(deletePost("Shows a child on the no-photo list"), AuditMetaData.of(DSL))
            .expectEvents(new ContentDeleted("post-1", ContentType.POST, "dsl", "Shows a child on the no-photo list",
                    "incident-1", "tweet-1"));
        assertThat(platform.calls()).containsExactly("deletePost @DimpleWell54 tweet-1");
    }

    @Test
    void givenDraftPost_whenDeletePost_thenContentDeletedWithNothingToTakeOffThePlatform() {
        posts.given(DRAFTED)
            .when(deletePost("Not appropriate"), AuditMetaData.of(COMPUTING_LEAD))
            .expectEvents(
                    new ContentDeleted("post-1", ContentType.POST, "computing", "Not appropriate", "incident-1", null));
        assertThat(platform.calls()).isEmpty();
    }

    @Test
    void givenDeletedPost_whenDeletePostAgain_thenNothingChanges() {
        posts.given(DRAFTED, new ContentDeleted("post-1", ContentType.POST, "dsl", "r", "incident-1", null))
            .when(deletePost("Again"), AuditMetaData.of(DSL))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void givenPost_whenStaffDeletePost_thenForbidden() {
        posts.given(DRAFTED)
            .when(deletePost("Mine"), AuditMetaData.of(TEACHER))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "not-a-moderator"));
    }

    @Test
    void givenPost_whenAServiceAccountDeletesThePostAsItself_thenForbidden() {
        posts.given(DRAFTED)
            .when(deletePost("Removed for an incident"), AuditMetaData.of(INCIDENT_SERVICE))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "not-a-moderator"));
    }

}
