package org.safeguarding.kernel.api.post;

import java.time.Instant;

/**
 * {@code count} posts or comments were disposed of under {@code rule}, proposed and
 * approved by two people: what the record keeps of them. It never names whom they were by
 * or about.
 */
public record ContentRecordsDisposed(String disposalId, ContentRetentionRule rule, String proposedBy, String approvedBy,
        int count, Instant disposedAt) {
}
