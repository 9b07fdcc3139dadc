package org.safeguarding.kernel.api.post;

/** The person may now draft and publish on the account. */
public record PosterAdded(String accountId, String username) {
}
