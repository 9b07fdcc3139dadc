package org.safeguarding.kernel.api.incident;

import java.time.Instant;

import org.safeguarding.kernel.api.DataSubjectKey;
import org.safeguarding.kernel.api.PersonalData;

/** The incident is held from disposal, for {@code reason}, until the hold is lifted. */
public record LegalHoldPlaced(@DataSubjectKey String incidentId, @PersonalData String reason, Instant placedAt) {
}
