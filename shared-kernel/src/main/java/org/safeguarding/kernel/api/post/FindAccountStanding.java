package org.safeguarding.kernel.api.post;

/**
 * Asks for what the posting policy needs to know about an account; answered with an
 * {@link AccountStanding}.
 */
public record FindAccountStanding(String accountId) {
}
