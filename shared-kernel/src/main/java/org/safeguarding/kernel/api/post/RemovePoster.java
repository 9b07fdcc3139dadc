package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Take away someone's right to post on the account (for instance when they leave the
 * school).
 */
public record RemovePoster(@TargetAggregateIdentifier String accountId, String username,
        @TargetAggregateVersion Long expectedVersion) {
}
