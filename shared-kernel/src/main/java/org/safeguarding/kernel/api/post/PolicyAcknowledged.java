package org.safeguarding.kernel.api.post;

import java.time.Instant;

/** The member of staff read and understood this version of the policy, at that moment. */
public record PolicyAcknowledged(String username, String version, Instant acknowledgedAt) {
}
