package org.safeguarding.kernel.api.incident;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.kernel.api.Reasoned;

/**
 * The deadline reconciler found a transfer's receipt clock missing from the scheduler and
 * puts it back; sent as the system.
 */
public record ReinstateTransferDeadline(@TargetAggregateIdentifier String transferId, Instant due,
        String reason) implements Reasoned {
}
