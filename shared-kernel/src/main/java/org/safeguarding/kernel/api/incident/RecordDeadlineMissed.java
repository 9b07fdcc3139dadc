package org.safeguarding.kernel.api.incident;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.kernel.api.Reasoned;

/**
 * A clock ran out with nobody having acted; sent by the escalation saga as the system.
 */
public record RecordDeadlineMissed(@TargetAggregateIdentifier String incidentId, DeadlineKind kind, Instant due,
        String reason) implements Reasoned {
}
