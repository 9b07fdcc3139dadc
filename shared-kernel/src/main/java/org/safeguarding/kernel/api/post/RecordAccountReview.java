package org.safeguarding.kernel.api.post;

import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The computing lead's periodic review of the account (000:23-24), with what it found and
 * which of the checks it confirmed.
 */
public record RecordAccountReview(@TargetAggregateIdentifier String accountId, String findings,
        Set<ReviewCheck> confirmed, @TargetAggregateVersion Long expectedVersion) {

    public RecordAccountReview {
        confirmed = confirmed == null ? Set.of() : Set.copyOf(confirmed);
    }

}
