package org.safeguarding.kernel.api.incident;

import org.safeguarding.kernel.api.DataSubjectKey;
import org.safeguarding.kernel.api.PersonalData;

/**
 * A file of evidence was added to the record: its name, type, size in bytes and SHA-256
 * (hex), by which the file kept apart is known and checked.
 */
public record EvidenceAdded(@DataSubjectKey String incidentId, String evidenceId, @PersonalData String fileName,
        String contentType, long size, String sha256) {
}
