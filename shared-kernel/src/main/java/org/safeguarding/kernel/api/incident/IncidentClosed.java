package org.safeguarding.kernel.api.incident;

import org.safeguarding.kernel.api.DataSubjectKey;
import org.safeguarding.kernel.api.PersonalData;

/** The incident was closed with an outcome and its rationale. */
public record IncidentClosed(@DataSubjectKey String incidentId, Outcome outcome, @PersonalData String rationale) {
}
