package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.safeguarding.kernel.api.Reasoned;

/** The checker sends the post back to its author, saying why. */
public record RejectPost(@TargetAggregateIdentifier String postId, String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
