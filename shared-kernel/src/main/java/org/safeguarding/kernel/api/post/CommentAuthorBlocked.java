package org.safeguarding.kernel.api.post;

import org.safeguarding.kernel.api.DataSubjectKey;
import org.safeguarding.kernel.api.PersonalData;

/**
 * The comment's author was blocked from the school's account on the platform;
 * {@code platformUser} is who was blocked there.
 */
public record CommentAuthorBlocked(@DataSubjectKey String commentId, String blockedBy, @PersonalData String reason,
        String incidentId, @PersonalData String platformUser) {
}
