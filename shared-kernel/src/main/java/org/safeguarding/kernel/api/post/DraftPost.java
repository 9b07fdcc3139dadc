package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An approved poster drafts a post for an active account. */
public record DraftPost(@TargetAggregateIdentifier String postId, String accountId, PostContent content) {
}
