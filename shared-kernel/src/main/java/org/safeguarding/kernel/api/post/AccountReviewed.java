package org.safeguarding.kernel.api.post;

import java.time.Instant;
import java.util.Set;

/**
 * The account was reviewed, by whom, what was found, which checks were confirmed, and
 * when the next review is due.
 */
public record AccountReviewed(String accountId, String reviewedBy, String findings, Set<ReviewCheck> confirmed,
        Instant reviewedAt, Instant nextReviewDue) {

    public AccountReviewed {
        confirmed = confirmed == null ? Set.of() : Set.copyOf(confirmed);
    }

}
