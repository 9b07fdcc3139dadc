package org.safeguarding.kernel.api.post;

/** A post was drafted. */
public record PostDrafted(String postId, String accountId, String author, PostContent content) {
}
