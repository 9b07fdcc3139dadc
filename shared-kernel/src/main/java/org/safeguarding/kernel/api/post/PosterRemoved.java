package org.safeguarding.kernel.api.post;

/** The person may no longer post on the account. */
public record PosterRemoved(String accountId, String username) {
}
