package org.safeguarding.kernel.api.post;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Propose disposing of these posts or comments, each kept past the period {@code rule}
 * sets.
 */
public record ProposeContentDisposal(@TargetAggregateIdentifier String disposalId, List<String> contentIds,
        ContentRetentionRule rule) {
}
