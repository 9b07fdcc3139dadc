package org.safeguarding.kernel.api.post;

import java.time.Instant;

/** A comment arrived and must be responded to by {@code respondBy}. */
public record CommentReceived(String commentId, String accountId, String platform, String accountHandle, String author,
        String authorPlatformId, String text, Instant receivedAt, String onPostId, String platformCommentId,
        Instant respondBy) {
}
