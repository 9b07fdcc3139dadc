package org.safeguarding.kernel.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.kernel.api.Reasoned;

/**
 * post-service refused a pending moderation action (for example, no such content); a
 * person must look at it.
 */
public record FailModerationAction(@TargetAggregateIdentifier String incidentId, String actionId,
        String reason) implements Reasoned {
}
