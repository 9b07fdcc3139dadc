package org.safeguarding.kernel.api.post;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A comment, query or complaint arrived on an official account (from the platform's
 * webhook or typed in by the office). {@code platform} and {@code accountHandle} are the
 * account's, looked up when it arrives.
 */
public record ReceiveComment(@TargetAggregateIdentifier String commentId, String accountId, String platform,
        String accountHandle, String author, String authorPlatformId, String text, Instant receivedAt, String onPostId,
        String platformCommentId) {
}
