package org.safeguarding.kernel.api.post;

/**
 * incident-service refused the report about the comment; {@code reason} is its answer.
 */
public record CommentEscalationFailed(String commentId, String moderationId, String reason) {
}
