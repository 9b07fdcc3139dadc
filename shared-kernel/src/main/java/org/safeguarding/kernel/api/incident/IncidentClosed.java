package org.safeguarding.kernel.api.incident;

/** The incident was closed with an outcome and its rationale. */
public record IncidentClosed(String incidentId, Outcome outcome, String rationale) {
}
