package org.safeguarding.kernel.api.post;

import java.time.Instant;

/** A school device waits for the headteacher's approval to reach the account. */
public record DeviceRegistered(String deviceId, String accountId, String name, String registeredBy,
        Instant registeredAt, String tokenHash) {
}
