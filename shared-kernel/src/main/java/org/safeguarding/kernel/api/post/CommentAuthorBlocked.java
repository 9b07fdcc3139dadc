package org.safeguarding.kernel.api.post;

/**
 * The comment's author was blocked from the school's account on the platform;
 * {@code platformUser} is who was blocked there.
 */
public record CommentAuthorBlocked(String commentId, String blockedBy, String reason, String incidentId,
        String platformUser) {
}
