package org.safeguarding.kernel.api.incident;

/** A pending moderation action could not be carried out, and why. */
public record ModerationActionFailed(String incidentId, String actionId, String reason) {
}
