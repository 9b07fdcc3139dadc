package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Dispose of the comment, as the approved disposal {@code disposalId} says. */
public record DisposeComment(@TargetAggregateIdentifier String commentId, String disposalId) {
}
