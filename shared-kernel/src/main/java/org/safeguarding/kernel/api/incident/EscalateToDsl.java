package org.safeguarding.kernel.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.safeguarding.kernel.api.Reasoned;

/**
 * Move the incident up to the DSL; also sent by the escalation saga, as the system, when
 * nobody acknowledged it.
 */
public record EscalateToDsl(@TargetAggregateIdentifier String incidentId, String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
