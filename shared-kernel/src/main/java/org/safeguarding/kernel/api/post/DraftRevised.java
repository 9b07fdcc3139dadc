package org.safeguarding.kernel.api.post;

/** The draft now says and shows this. */
public record DraftRevised(String postId, PostContent content) {
}
