package org.safeguarding.kernel.api.post;

import java.time.Instant;

/** Nobody acted on the comment by {@code respondBy}: it is overdue. */
public record ResponseDeadlineMissed(String commentId, Instant respondBy) {
}
