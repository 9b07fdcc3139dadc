package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The author rewrites a draft, for instance after it was sent back. */
public record ReviseDraft(@TargetAggregateIdentifier String postId, PostContent content,
        @TargetAggregateVersion Long expectedVersion) {
}
