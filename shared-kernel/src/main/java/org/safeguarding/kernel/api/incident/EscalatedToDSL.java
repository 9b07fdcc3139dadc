package org.safeguarding.kernel.api.incident;

import java.time.Instant;

/**
 * The incident moved up to the DSL, by a person or automatically; a new acknowledgement
 * clock starts.
 */
// Released name, stored in the event store's payload_type: not renamed to Java casing
// like its command.
public record EscalatedToDSL(String incidentId, Level from, String reason, boolean automatic, Instant escalatedAt,
        Instant acknowledgeBy) {
}
