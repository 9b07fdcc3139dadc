package org.safeguarding.kernel.api.incident;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.kernel.api.Reasoned;

/**
 * No receipt came within five school days; sent by the transfer's clock as the system.
 */
public record EscalateUnconfirmedTransfer(@TargetAggregateIdentifier String transferId, Instant receiptDue,
        String reason) implements Reasoned {
}
