package org.safeguarding.kernel.api.incident;

import java.time.Instant;
import java.util.List;

import org.safeguarding.kernel.api.DataSubjectKey;
import org.safeguarding.kernel.api.PersonalData;

/**
 * A pupil's child-protection file was sent to their next school's DSL; the receiving
 * school is to confirm receipt by {@code receiptDue} (five school days).
 */
public record FileTransferred(@DataSubjectKey String transferId, @PersonalData String pupilRef, String fromSchool,
        String toSchool, @PersonalData String toDsl, List<String> incidentIds, String bundleSha256,
        String transferredBy, Instant transferredAt, Instant receiptDue) {
}
