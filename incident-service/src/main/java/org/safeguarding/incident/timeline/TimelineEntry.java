package org.safeguarding.incident.timeline;

import java.time.Instant;

/** One step of an incident's chronology. */
public record TimelineEntry(long seq, Instant at, String type, ActorRef actor, String reason, String summary) {

    /**
     * Who acted; {@code via} names the service that made the request on their behalf, if
     * one did.
     */
    public record ActorRef(String username, String role, String via) {
    }
}
