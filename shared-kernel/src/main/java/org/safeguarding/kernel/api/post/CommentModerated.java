package org.safeguarding.kernel.api.post;

import org.safeguarding.kernel.api.DataSubjectKey;
import org.safeguarding.kernel.api.PersonalData;

/**
 * A moderator acted on the comment; {@code noticeRef} is the public notice of the reason,
 * if one went out.
 */
public record CommentModerated(@DataSubjectKey String commentId, String moderationId, CommentAction action,
        String moderatedBy, @PersonalData String note, @PersonalData String publicReason, String noticeRef) {
}
