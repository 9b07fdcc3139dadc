package org.safeguarding.kernel.api.incident;

import java.time.Instant;

/** Advice from outside the school was recorded. */
public record AdviceRecorded(String incidentId, AdviceSource from, String summary, Instant receivedAt) {
}
