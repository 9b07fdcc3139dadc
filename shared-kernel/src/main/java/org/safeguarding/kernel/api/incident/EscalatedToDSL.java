package org.safeguarding.kernel.api.incident;

import java.time.Instant;

import org.safeguarding.kernel.api.DataSubjectKey;
import org.safeguarding.kernel.api.PersonalData;

/**
 * The incident moved up to the DSL, by a person or automatically; a new acknowledgement
 * clock starts.
 */
// Released name, stored in the event store's payload_type: not renamed to Java casing
// like its command.
public record EscalatedToDSL(@DataSubjectKey String incidentId, Level from, @PersonalData String reason,
        boolean automatic, Instant escalatedAt, Instant acknowledgeBy) {
}
