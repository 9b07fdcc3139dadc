package org.safeguarding.post.content;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.post.BlockCommentAuthor;
import org.safeguarding.kernel.api.post.DeleteComment;
import org.safeguarding.kernel.api.post.DeletePost;
import org.safeguarding.post.comment.CommentLookup;
import org.safeguarding.post.post.PostLookup;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/content/{id}/deletion}: deletes the post or comment with that id and
 * answers its view; {@code POST /api/content/{id}/author-block} blocks a comment's
 * author. Deleting what is already deleted changes nothing and answers the same view
 * (incident-service may retry). incident-service's account calls it for the person who
 * asked on the incident, whose role then counts.
 */
@RestController
@Tag(name = "content", description = "Deleting a post or comment by id, as an incident's moderation asks")
@RequestMapping("/api/content")
class ContentController {

    record Deletion(@NotBlank @Size(max = 2_000) String reason, @Size(max = 64) String incidentId) {
    }

    record AuthorBlock(@NotBlank @Size(max = 2_000) String reason, @Size(max = 64) String incidentId) {
    }

    private final CommandGateway commands;

    private final PostLookup posts;

    private final CommentLookup comments;

    ContentController(CommandGateway commands, PostLookup posts, CommentLookup comments) {
        this.commands = commands;
        this.posts = posts;
        this.comments = comments;
    }

    /**
     * Blocking the author of a comment, as an incident's BLOCK_USER asks: once, then the
     * same view.
     */
    @PostMapping("/{id}/author-block")
    @PreAuthorize("hasAnyRole('COMPUTING_LEAD', 'DSL', 'SLT')")
    Object blockAuthor(@PathVariable String id, @Valid @RequestBody AuthorBlock body) {
        if (comments.find(id).isPresent()) {
            commands.sendAndWait(new BlockCommentAuthor(id, body.reason(), body.incidentId()));
            return comments.find(id).orElseThrow();
        }
        if (posts.find(id).isPresent()) {
            throw new RuleViolation(ContentProblem.AUTHOR_IS_STAFF,
                    "A post's author is a member of staff, not someone to block: block the author of a comment");
        }
        throw new RuleViolation(ContentProblem.CONTENT_NOT_FOUND, "No post or comment has the id " + id);
    }

    @PostMapping("/{id}/deletion")
    @PreAuthorize("hasAnyRole('COMPUTING_LEAD', 'DSL', 'SLT')")
    Object delete(@PathVariable String id, @Valid @RequestBody Deletion body) {
        if (posts.find(id).isPresent()) {
            commands.sendAndWait(new DeletePost(id, body.reason(), body.incidentId()));
            return posts.find(id).orElseThrow();
        }
        if (comments.find(id).isPresent()) {
            commands.sendAndWait(new DeleteComment(id, body.reason(), body.incidentId()));
            return comments.find(id).orElseThrow();
        }
        throw new RuleViolation(ContentProblem.CONTENT_NOT_FOUND, "No post or comment has the id " + id);
    }

}
