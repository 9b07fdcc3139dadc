package org.safeguarding.kernel.api.incident;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Propose disposing of these incidents, each fallen due under {@code rule}. */
public record ProposeDisposal(@TargetAggregateIdentifier String disposalId, List<String> incidentIds,
        RetentionRule rule) {
}
