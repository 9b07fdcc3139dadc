package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Let one more person draft and publish on the account. */
public record AddPoster(@TargetAggregateIdentifier String accountId, String username,
        @TargetAggregateVersion Long expectedVersion) {
}
