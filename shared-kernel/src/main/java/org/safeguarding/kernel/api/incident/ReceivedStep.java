package org.safeguarding.kernel.api.incident;

import java.time.Instant;

/**
 * One step of an incident's chronology as the sending school recorded it: who, in which
 * role (and through which service), when, what and why.
 */
public record ReceivedStep(long step, Instant at, String actor, String role, String via, String event,
        String whatHappened, String why) {
}
