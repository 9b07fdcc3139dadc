package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * SLT approves the business case; the account opens and the staff who run it may post.
 */
public record ApproveAccount(@TargetAggregateIdentifier String accountId,
        @TargetAggregateVersion Long expectedVersion) {
}
