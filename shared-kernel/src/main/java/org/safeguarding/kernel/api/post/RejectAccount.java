package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.safeguarding.kernel.api.Reasoned;

/** SLT turns the business case down, saying why. */
public record RejectAccount(@TargetAggregateIdentifier String accountId, String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
