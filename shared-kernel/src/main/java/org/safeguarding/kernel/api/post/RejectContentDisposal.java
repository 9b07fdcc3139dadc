package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.kernel.api.Reasoned;

/**
 * Reject the proposed disposal of content, saying why: the posts or comments are kept.
 */
public record RejectContentDisposal(@TargetAggregateIdentifier String disposalId, String reason) implements Reasoned {
}
