package org.safeguarding.kernel.api.incident;

import java.time.Instant;

import org.safeguarding.kernel.api.DataSubjectKey;
import org.safeguarding.kernel.api.PersonalData;

/** The case manager decided not to refer to the LADO, and why. */
// Released name, stored in the event store's payload_type: not renamed to Java casing
// like its command.
public record DecidedNotToReferToLADO(@DataSubjectKey String incidentId, @PersonalData String rationale,
        Instant decidedAt, Instant decisionDue, boolean withinDeadline) {
}
