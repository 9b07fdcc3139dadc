package org.safeguarding.kernel.api.post;

import org.safeguarding.kernel.api.DataSubjectKey;

/** The draft now says and shows this. */
public record DraftRevised(@DataSubjectKey String postId, PostContent content) {
}
