package org.safeguarding.kernel.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.safeguarding.kernel.api.Reasoned;

/**
 * Record the case manager's decision not to refer to the LADO, with its rationale (the
 * alternative to a referral).
 */
public record DecideNotToReferToLado(@TargetAggregateIdentifier String incidentId, String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
