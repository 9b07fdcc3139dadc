package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Approve the proposed disposal of content: the second pair of eyes. */
public record ApproveContentDisposal(@TargetAggregateIdentifier String disposalId) {
}
