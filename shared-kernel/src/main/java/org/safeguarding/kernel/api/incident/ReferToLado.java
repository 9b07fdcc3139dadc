package org.safeguarding.kernel.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.safeguarding.kernel.api.Reasoned;

/**
 * Refer an allegation against an adult who works with children to the Local Authority
 * Designated Officer.
 */
public record ReferToLado(@TargetAggregateIdentifier String incidentId, LadoReferralDetails details, String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
