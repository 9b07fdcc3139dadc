package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.kernel.api.Reasoned;

/** incident-service refused the report for good; someone must report it by hand. */
public record RecordCommentEscalationFailure(@TargetAggregateIdentifier String commentId, String moderationId,
        String reason) implements Reasoned {
}
