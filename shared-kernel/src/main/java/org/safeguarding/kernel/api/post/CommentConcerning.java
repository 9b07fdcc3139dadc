package org.safeguarding.kernel.api.post;

import java.time.Instant;
import java.util.List;

/**
 * A comment on one of the school's accounts that the person wrote or that names them,
 * with what moderators did about it and the incidents it was reported as.
 */
public record CommentConcerning(String commentId, String platform, String accountHandle, String author, String text,
        Instant receivedAt, String status, boolean writtenBySubject, List<ModerationStep> moderation,
        List<String> incidentIds) {

    public CommentConcerning {
        moderation = List.copyOf(moderation);
        incidentIds = List.copyOf(incidentIds);
    }

    /** One moderation of the comment: what was done, by whom, when, and what was said. */
    public record ModerationStep(String action, String by, Instant at, String note, String publicReason) {
    }
}
