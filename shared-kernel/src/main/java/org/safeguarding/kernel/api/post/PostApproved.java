package org.safeguarding.kernel.api.post;

/** The post passed its four-eyes check. */
public record PostApproved(String postId, String approvedBy) {
}
