package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.kernel.api.Reasoned;

/**
 * Block the author of a comment from the school's account, for a reason and perhaps
 * because of an incident (its BLOCK_USER moderation action).
 */
public record BlockCommentAuthor(@TargetAggregateIdentifier String commentId, String reason,
        String incidentId) implements Reasoned {
}
