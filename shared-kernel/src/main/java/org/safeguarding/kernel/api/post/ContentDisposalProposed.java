package org.safeguarding.kernel.api.post;

import java.time.Instant;
import java.util.List;

/**
 * A disposal of these posts or comments under {@code rule} was proposed and waits for a
 * second person.
 */
public record ContentDisposalProposed(String disposalId, List<String> contentIds, ContentRetentionRule rule,
        String proposedBy, Instant proposedAt) {
}
