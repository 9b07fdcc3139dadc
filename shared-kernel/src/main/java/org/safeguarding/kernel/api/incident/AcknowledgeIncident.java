package org.safeguarding.kernel.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The person at the assigned level (or above) has picked the incident up; stops the
 * acknowledgement clock.
 */
public record AcknowledgeIncident(@TargetAggregateIdentifier String incidentId,
        @TargetAggregateVersion Long expectedVersion) {
}
