package org.safeguarding.kernel.api.post;

import java.time.Instant;

/** The account was closed. */
public record AccountClosed(String accountId, String closedBy, String reason, Instant closedAt) {
}
