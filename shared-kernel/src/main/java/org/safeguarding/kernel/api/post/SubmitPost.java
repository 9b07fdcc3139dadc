package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The author asks a second person to check the post. */
public record SubmitPost(@TargetAggregateIdentifier String postId, @TargetAggregateVersion Long expectedVersion) {
}
