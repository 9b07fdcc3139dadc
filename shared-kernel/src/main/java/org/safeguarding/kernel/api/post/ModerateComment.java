package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A moderator acts on a comment: {@code note} is for the school's record,
 * {@code publicReason} is what the audience is told, and {@code escalation} asks for an
 * e-safety incident about the comment.
 */
public record ModerateComment(@TargetAggregateIdentifier String commentId, String moderationId, CommentAction action,
        String note, String publicReason, Escalation escalation, @TargetAggregateVersion Long expectedVersion) {
}
