package org.safeguarding.kernel.api.post;

import org.safeguarding.kernel.api.DataSubjectKey;
import org.safeguarding.kernel.api.PersonalData;
import org.safeguarding.kernel.api.incident.ContentType;

/**
 * A post or comment was deleted; {@code platformRef} is what was deleted on the platform,
 * if it had reached it.
 */
public record ContentDeleted(@DataSubjectKey String contentId, ContentType type, String deletedBy,
        @PersonalData String reason, String incidentId, String platformRef) {
}
