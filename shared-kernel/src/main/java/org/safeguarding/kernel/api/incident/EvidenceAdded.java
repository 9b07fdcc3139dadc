package org.safeguarding.kernel.api.incident;

/**
 * A file of evidence was added to the record: its name, type, size in bytes and SHA-256
 * (hex), by which the file kept apart is known and checked.
 */
public record EvidenceAdded(String incidentId, String evidenceId, String fileName, String contentType, long size,
        String sha256) {
}
