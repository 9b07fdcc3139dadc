package org.safeguarding.kernel.api.incident;

import java.time.Instant;

import org.safeguarding.kernel.api.DataSubjectKey;
import org.safeguarding.kernel.api.PersonalData;

/** The incident was referred to the police. */
public record ReferredToPolice(@DataSubjectKey String incidentId, @PersonalData String reason, String crimeReference,
        Instant referredAt) {
}
