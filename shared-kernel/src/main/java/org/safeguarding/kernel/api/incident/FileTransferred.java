package org.safeguarding.kernel.api.incident;

import java.time.Instant;
import java.util.List;

/**
 * A pupil's child-protection file was sent to their next school's DSL; the receiving
 * school is to confirm receipt by {@code receiptDue} (five school days).
 */
public record FileTransferred(String transferId, String pupilRef, String fromSchool, String toSchool, String toDsl,
        List<String> incidentIds, String bundleSha256, String transferredBy, Instant transferredAt,
        Instant receiptDue) {
}
