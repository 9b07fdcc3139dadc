package org.safeguarding.incident.audit;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event on the audit page: where it stands in the store, what happened, who did it
 * and why.
 */
record AuditEvent(long position, Instant at, String aggregateType, String aggregateId, long sequence, String type,
        ActorRef actor, String reason, String correlationId, JsonNode payload) {

    /**
     * Who acted; {@code via} names the service that made the request on their behalf, if
     * one did.
     */
    record ActorRef(String username, String role, String via) {
    }
}
