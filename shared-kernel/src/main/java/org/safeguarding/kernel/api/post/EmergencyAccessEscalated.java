package org.safeguarding.kernel.api.post;

import java.time.Instant;

/**
 * Nobody confirmed by {@code removalDue} that the login is removed from the personal
 * device: the headteacher follows it up.
 */
public record EmergencyAccessEscalated(String deviceId, String accountId, String username, Instant removalDue,
        Instant escalatedAt) {
}
