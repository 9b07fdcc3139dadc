package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Dispose of the post, as the approved disposal {@code disposalId} says. */
public record DisposePost(@TargetAggregateIdentifier String postId, String disposalId) {
}
