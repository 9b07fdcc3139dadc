package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.kernel.api.Reasoned;

/**
 * Delete a post from the school's account, for a reason and perhaps because of an
 * incident.
 */
public record DeletePost(@TargetAggregateIdentifier String postId, String reason,
        String incidentId) implements Reasoned {
}
