package org.safeguarding.kernel.api.post;

import java.time.Instant;

/**
 * The response clock had gone missing from the scheduler and was put back, due when it
 * always was.
 */
public record ResponseDeadlineReinstated(String commentId, Instant respondBy, String reason) {
}
