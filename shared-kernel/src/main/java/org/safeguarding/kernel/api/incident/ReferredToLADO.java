package org.safeguarding.kernel.api.incident;

import java.time.Instant;

import org.safeguarding.kernel.api.DataSubjectKey;
import org.safeguarding.kernel.api.PersonalData;

/**
 * The allegation was referred to the LADO; {@code withinDeadline} says whether inside one
 * working day.
 */
// Released name, stored in the event store's payload_type: not renamed to Java casing
// like its command.
public record ReferredToLADO(@DataSubjectKey String incidentId, LadoReferralDetails details,
        @PersonalData String reason, Instant referredAt, Instant decisionDue, boolean withinDeadline) {
}
