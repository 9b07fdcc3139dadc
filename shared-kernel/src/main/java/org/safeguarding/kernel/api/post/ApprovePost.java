package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A second person, never the author, checks the post and approves it. */
public record ApprovePost(@TargetAggregateIdentifier String postId, @TargetAggregateVersion Long expectedVersion) {
}
