package org.safeguarding.kernel.api.incident;

import java.time.Instant;

import org.safeguarding.kernel.api.DataSubjectKey;
import org.safeguarding.kernel.api.PersonalData;

/** Advice from outside the school was recorded. */
public record AdviceRecorded(@DataSubjectKey String incidentId, AdviceSource from, @PersonalData String summary,
        Instant receivedAt) {
}
