package org.safeguarding.kernel.api.post;

import org.safeguarding.kernel.api.DataSubjectKey;

/**
 * The comment was disposed of by the approved disposal {@code disposalId}: its text and
 * author leave every view, its key is erased, and it takes no more steps.
 */
public record CommentDisposed(@DataSubjectKey String commentId, String disposalId) {
}
