package org.safeguarding.kernel.api.post;

import java.time.Instant;

/**
 * The platform accepted the post on the account {@code accountHandle} under
 * {@code platformPostId}.
 */
public record PostPublished(String postId, String accountHandle, String publishedBy, Instant publishedAt,
        String platformPostId) {
}
