package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that every post or comment of the approved disposal has been disposed of. */
public record RecordContentDisposal(@TargetAggregateIdentifier String disposalId) {
}
