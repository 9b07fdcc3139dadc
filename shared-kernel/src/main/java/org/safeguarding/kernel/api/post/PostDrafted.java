package org.safeguarding.kernel.api.post;

import org.safeguarding.kernel.api.DataSubjectKey;

/** A post was drafted. */
public record PostDrafted(@DataSubjectKey String postId, String accountId, String author, PostContent content) {
}
