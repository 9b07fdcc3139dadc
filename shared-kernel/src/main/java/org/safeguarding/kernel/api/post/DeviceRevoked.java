package org.safeguarding.kernel.api.post;

import java.time.Instant;

/** The device no longer reaches the account. */
public record DeviceRevoked(String deviceId, String accountId, String revokedBy, Instant revokedAt, String reason) {
}
