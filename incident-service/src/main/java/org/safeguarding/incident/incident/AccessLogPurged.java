package org.safeguarding.incident.incident;

import java.time.Instant;

/**
 * The access log's entries made before {@code before} were deleted at the end of their
 * retention period: sealed entries that old may be missing.
 */
public record AccessLogPurged(Instant before, long entries) {
}
