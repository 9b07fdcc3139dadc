package org.safeguarding.kernel.api.post;

import java.time.Instant;

/** The personal device no longer holds the account's login, and no longer reaches it. */
public record LoginRemovalConfirmed(String deviceId, String accountId, String username, Instant confirmedAt) {
}
