package org.safeguarding.kernel.api.incident;

import org.safeguarding.kernel.api.DataSubjectKey;
import org.safeguarding.kernel.api.PersonalData;

/**
 * A moderation action was recorded; PENDING while post-service still has to carry it out.
 */
public record ModerationActionRecorded(@DataSubjectKey String incidentId, String actionId, ModerationActionType action,
        @PersonalData String note, ContentRef contentRef, ModerationStatus status) {
}
