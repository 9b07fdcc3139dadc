package org.safeguarding.kernel.api.post;

/** The comment is the subject of the incident {@code incidentId} in incident-service. */
public record CommentEscalated(String commentId, String moderationId, String incidentId) {
}
