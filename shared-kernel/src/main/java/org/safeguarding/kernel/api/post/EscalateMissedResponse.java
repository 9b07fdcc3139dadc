package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.kernel.api.Reasoned;

/**
 * A comment went unanswered past its 24 hours (002:142-144): the system reports it to the
 * DSL as an incident, made in the name of {@code reportedFor}, the person the school
 * configured for it.
 */
public record EscalateMissedResponse(@TargetAggregateIdentifier String commentId, String reportedFor,
        String reason) implements Reasoned {
}
