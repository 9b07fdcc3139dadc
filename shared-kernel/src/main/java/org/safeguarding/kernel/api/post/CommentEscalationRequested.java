package org.safeguarding.kernel.api.post;

import java.time.Instant;

import org.safeguarding.kernel.api.incident.Category;

/**
 * A moderator asked for an incident to be reported about the comment, on their behalf;
 * incident-service is called until it answers.
 */
public record CommentEscalationRequested(String commentId, String moderationId, String requestedBy, Category category,
        String summary, String details, String platform, Instant receivedAt) {
}
