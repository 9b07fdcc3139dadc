package org.safeguarding.kernel.api.post;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.kernel.api.Reasoned;

/** The response timer ran out with nobody having acted on the comment. */
public record RecordMissedResponse(@TargetAggregateIdentifier String commentId, Instant respondBy,
        String reason) implements Reasoned {
}
