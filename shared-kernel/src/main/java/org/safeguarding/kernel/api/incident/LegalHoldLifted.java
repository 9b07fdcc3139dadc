package org.safeguarding.kernel.api.incident;

import java.time.Instant;

import org.safeguarding.kernel.api.DataSubjectKey;
import org.safeguarding.kernel.api.PersonalData;

/** The incident's legal hold was lifted. */
public record LegalHoldLifted(@DataSubjectKey String incidentId, @PersonalData String reason, Instant liftedAt) {
}
