package org.safeguarding.kernel.api.post;

import java.time.Instant;

/** The device may now be used to post on and moderate the account. */
public record DeviceApproved(String deviceId, String accountId, String approvedBy, Instant approvedAt) {
}
