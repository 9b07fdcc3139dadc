package org.safeguarding.kernel.api.incident;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The sending DSL records the receipt the receiving school signed, its signature already
 * checked: who received the file there, and when.
 */
public record RecordTransferReceipt(@TargetAggregateIdentifier String transferId, String receivingSchool,
        String receivedBy, Instant receivedAt, int incidentsReceived) {
}
