package org.safeguarding.kernel.api.incident;

import org.safeguarding.kernel.api.DataSubjectKey;
import org.safeguarding.kernel.api.PersonalData;

/** A note was added to the record. */
public record NoteAdded(@DataSubjectKey String incidentId, @PersonalData String text) {
}
