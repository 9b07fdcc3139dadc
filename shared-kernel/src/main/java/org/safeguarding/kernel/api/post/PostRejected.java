package org.safeguarding.kernel.api.post;

/** The post went back to its author as a draft. */
public record PostRejected(String postId, String rejectedBy, String reason) {
}
