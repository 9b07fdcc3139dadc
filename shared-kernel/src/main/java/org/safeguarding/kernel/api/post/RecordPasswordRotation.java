package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The account's password has been changed, as it is each term. */
public record RecordPasswordRotation(@TargetAggregateIdentifier String accountId,
        @TargetAggregateVersion Long expectedVersion) {
}
