package org.safeguarding.kernel.api.post;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.kernel.api.Reasoned;

/**
 * The comment's response clock is missing from the scheduler; sent by the deadline
 * reconciler as the system.
 */
public record ReinstateResponseDeadline(@TargetAggregateIdentifier String commentId, Instant respondBy,
        String reason) implements Reasoned {
}
