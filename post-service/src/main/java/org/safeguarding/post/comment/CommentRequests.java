package org.safeguarding.post.comment;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.post.CommentAction;

/** The bodies of the comment calls. */
final class CommentRequests {

    private CommentRequests() {
    }

    /**
     * An inbound comment; the platform ids are optional and let the platform adapter act
     * on the real thing.
     */
    record Inbound(@NotBlank @Size(max = 64) String accountId, @NotBlank @Size(max = 200) String author,
            @Size(max = 100) String authorPlatformId, @NotBlank @Size(max = 10_000) String text,
            @NotNull Instant receivedAt, @Size(max = 64) String onPostId, @Size(max = 100) String platformCommentId) {
    }

    @Schema(description = "What was done about a comment, and why; escalate reports an incident about it", example = """
            {
              "action": "HIDE",
              "note": "Mocks a named pupil; hidden and passed to the DSL",
              "publicReason": "Hidden because it names a pupil: we do not allow comments about individual children.",
              "escalate": { "category": "CYBERBULLYING", "summary": "Comment on the school's page mocks a named pupil" }
            }
            """)
    record Moderation(@NotNull CommentAction action, @NotBlank @Size(max = 2_000) String note,
            @Size(max = 280) String publicReason, @Valid EscalationBody escalate) {
    }

    record EscalationBody(@NotNull Category category, @NotBlank @Size(max = 200) String summary) {
    }

}
