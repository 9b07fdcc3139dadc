package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.safeguarding.kernel.api.Reasoned;

/** SLT closes an official account; it takes no more posts. */
public record CloseAccount(@TargetAggregateIdentifier String accountId, String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
