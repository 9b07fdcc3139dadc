package org.safeguarding.kernel.api.post;

import java.time.Instant;

/**
 * The account's password was changed; the next change is due by {@code nextRotationDue}.
 */
public record PasswordRotated(String accountId, Instant rotatedAt, Instant nextRotationDue) {
}
