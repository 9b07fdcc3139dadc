package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The computing lead's periodic review of the account (000:23-24), with what it found.
 */
public record RecordAccountReview(@TargetAggregateIdentifier String accountId, String findings,
        @TargetAggregateVersion Long expectedVersion) {
}
