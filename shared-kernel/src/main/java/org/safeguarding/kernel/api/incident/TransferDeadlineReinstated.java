package org.safeguarding.kernel.api.incident;

import java.time.Instant;

/**
 * A transfer's receipt clock, found missing from the scheduler, is running again, due
 * when it always was.
 */
public record TransferDeadlineReinstated(String transferId, String toSchool, Instant due) {
}
