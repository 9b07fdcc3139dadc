package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** incident-service reported the incident a moderator asked for. */
public record RecordCommentEscalation(@TargetAggregateIdentifier String commentId, String moderationId,
        String incidentId) {
}
