package org.safeguarding.kernel.api.post;

/** The post awaits its four-eyes check. */
public record PostSubmitted(String postId, String submittedBy) {
}
