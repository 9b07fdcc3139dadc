package org.safeguarding.kernel.api.post;

/**
 * A moderator acted on the comment; {@code noticeRef} is the public notice of the reason,
 * if one went out.
 */
public record CommentModerated(String commentId, String moderationId, CommentAction action, String moderatedBy,
        String note, String publicReason, String noticeRef) {
}
