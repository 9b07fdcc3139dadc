package org.safeguarding.kernel.api.post;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * SLT lists the educational accounts this account may @mention; every other mention is
 * refused.
 */
public record SetAllowedMentions(@TargetAggregateIdentifier String accountId, List<String> handles,
        @TargetAggregateVersion Long expectedVersion) {
}
