package org.safeguarding.kernel.api.post;

import java.time.Instant;

/**
 * A personal device may act on the account for its user until {@code allowedUntil}; the
 * user confirms by {@code removalDue} that the login is removed from it.
 */
public record EmergencyAccessGranted(String deviceId, String accountId, String username, String reason,
        String tokenHash, Instant grantedAt, Instant allowedUntil, Instant removalDue) {
}
