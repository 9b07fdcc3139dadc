package org.safeguarding.kernel.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.safeguarding.kernel.api.Reasoned;

/** Record a referral to the police. */
public record ReferToPolice(@TargetAggregateIdentifier String incidentId, String reason, String crimeReference,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
