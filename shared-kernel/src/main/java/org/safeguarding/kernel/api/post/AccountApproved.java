package org.safeguarding.kernel.api.post;

import java.time.Instant;
import java.util.List;

/**
 * SLT approved the account: it is open, its runners are its first posters, and its
 * password is due by the next term.
 */
public record AccountApproved(String accountId, String approvedBy, List<String> posters, Instant openedAt,
        Instant passwordRotationDue) {
}
