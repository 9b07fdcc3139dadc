package org.safeguarding.kernel.api.incident;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.kernel.api.Reasoned;

/**
 * A clock the incident still runs on is missing from the scheduler; sent by the deadline
 * reconciler as the system.
 */
public record ReinstateDeadline(@TargetAggregateIdentifier String incidentId, DeadlineKind kind, Instant due,
        String reason) implements Reasoned {
}
