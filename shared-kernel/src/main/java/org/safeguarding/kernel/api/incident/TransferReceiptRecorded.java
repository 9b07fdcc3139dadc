package org.safeguarding.kernel.api.incident;

import java.time.Instant;

/** The receiving school confirmed, with a signed receipt, that it received the file. */
public record TransferReceiptRecorded(String transferId, String receivingSchool, String receivedBy, Instant receivedAt,
        int incidentsReceived, Instant recordedAt, boolean withinDeadline) {
}
