package org.safeguarding.kernel.api.incident;

import java.time.Instant;
import java.util.List;

/**
 * A disposal of these incidents under {@code rule} was proposed and waits for a second
 * person.
 */
public record DisposalProposed(String disposalId, List<String> incidentIds, RetentionRule rule, String proposedBy,
        Instant proposedAt) {
}
