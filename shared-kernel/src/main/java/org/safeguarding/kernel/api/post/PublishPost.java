package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** An approved poster sends the approved post to the platform. */
public record PublishPost(@TargetAggregateIdentifier String postId, @TargetAggregateVersion Long expectedVersion) {
}
