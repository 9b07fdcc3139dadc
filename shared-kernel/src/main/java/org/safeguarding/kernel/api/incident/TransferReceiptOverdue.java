package org.safeguarding.kernel.api.incident;

import java.time.Instant;

import org.safeguarding.kernel.Role;

/**
 * No receipt came by {@code receiptDue}: the transfer is escalated to {@code escalatedTo}
 * (the headteacher) to chase.
 */
public record TransferReceiptOverdue(String transferId, Instant receiptDue, Role escalatedTo) {
}
