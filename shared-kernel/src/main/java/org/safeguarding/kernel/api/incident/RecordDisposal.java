package org.safeguarding.kernel.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the approved disposal's incidents have been disposed of. */
public record RecordDisposal(@TargetAggregateIdentifier String disposalId) {
}
