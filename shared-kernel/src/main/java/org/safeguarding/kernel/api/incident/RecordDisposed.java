package org.safeguarding.kernel.api.incident;

import java.time.Instant;

/**
 * {@code count} records were disposed of under {@code rule}, proposed and approved by two
 * people: what the record keeps of them. It never names the people they were about.
 */
public record RecordDisposed(String disposalId, RetentionRule rule, String proposedBy, String approvedBy, int count,
        Instant disposedAt) {
}
