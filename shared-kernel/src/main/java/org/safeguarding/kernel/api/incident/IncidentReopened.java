package org.safeguarding.kernel.api.incident;

import java.time.Instant;

import org.safeguarding.kernel.api.DataSubjectKey;
import org.safeguarding.kernel.api.PersonalData;

/** A closed incident was reopened at its level and must be acknowledged again. */
public record IncidentReopened(@DataSubjectKey String incidentId, Level level, @PersonalData String reason,
        Instant acknowledgeBy) {
}
