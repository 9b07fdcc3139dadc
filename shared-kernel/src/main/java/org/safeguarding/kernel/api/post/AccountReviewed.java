package org.safeguarding.kernel.api.post;

import java.time.Instant;

/** The account was reviewed, by whom, what was found, and when the next review is due. */
public record AccountReviewed(String accountId, String reviewedBy, String findings, Instant reviewedAt,
        Instant nextReviewDue) {
}
