package org.safeguarding.kernel.api.incident;

/** A pending moderation action was carried out by post-service. */
public record ModerationActionCompleted(String incidentId, String actionId) {
}
