package org.safeguarding.kernel.api.incident;

/**
 * A moderation action was recorded; PENDING while post-service still has to carry it out.
 */
public record ModerationActionRecorded(String incidentId, String actionId, ModerationActionType action, String note,
        ContentRef contentRef, ModerationStatus status) {
}
