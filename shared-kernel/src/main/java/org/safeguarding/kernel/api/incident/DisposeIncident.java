package org.safeguarding.kernel.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Dispose of the incident's record, as the approved disposal {@code disposalId} says. */
public record DisposeIncident(@TargetAggregateIdentifier String incidentId, String disposalId, RetentionRule rule) {
}
