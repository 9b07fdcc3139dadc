package org.safeguarding.kernel.api.post;

import java.time.Instant;

import org.safeguarding.kernel.api.DataSubjectKey;
import org.safeguarding.kernel.api.PersonalData;

/** A comment arrived and must be responded to by {@code respondBy}. */
public record CommentReceived(@DataSubjectKey String commentId, String accountId, String platform, String accountHandle,
        @PersonalData String author, @PersonalData String authorPlatformId, @PersonalData String text,
        Instant receivedAt, String onPostId, String platformCommentId, Instant respondBy) {
}
