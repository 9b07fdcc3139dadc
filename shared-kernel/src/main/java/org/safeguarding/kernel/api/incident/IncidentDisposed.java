package org.safeguarding.kernel.api.incident;

/**
 * The incident's record was disposed of under {@code rule} by the approved disposal
 * {@code disposalId}: its personal details leave every view, and it takes no more steps.
 */
public record IncidentDisposed(String incidentId, String disposalId, RetentionRule rule) {
}
