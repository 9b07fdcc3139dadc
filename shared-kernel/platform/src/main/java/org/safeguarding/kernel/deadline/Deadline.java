package org.safeguarding.kernel.deadline;

import java.time.Instant;

/**
 * One clock as the reconciler compares them: whose it is (the aggregate id), which clock,
 * due when.
 */
public record Deadline(String ownerId, String kind, Instant due) {
}
