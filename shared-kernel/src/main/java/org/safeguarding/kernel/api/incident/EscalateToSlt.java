package org.safeguarding.kernel.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.safeguarding.kernel.api.Reasoned;

/** Move the incident up to senior leadership, assigned to the headteacher. */
public record EscalateToSlt(@TargetAggregateIdentifier String incidentId, String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
