package org.safeguarding.kernel.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.kernel.api.Reasoned;

/** Reject the proposed disposal, saying why: the records are kept. */
public record RejectDisposal(@TargetAggregateIdentifier String disposalId, String reason) implements Reasoned {
}
