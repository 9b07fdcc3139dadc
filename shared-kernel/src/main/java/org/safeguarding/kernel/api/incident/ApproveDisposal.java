package org.safeguarding.kernel.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Approve the proposed disposal: the second pair of eyes. */
public record ApproveDisposal(@TargetAggregateIdentifier String disposalId) {
}
