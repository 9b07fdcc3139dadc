package org.safeguarding.kernel.api.post;

/**
 * Asks for every active official account; answered with an {@link AccountStanding} each,
 * from which a page offers those the person posts on.
 */
public record FindActiveAccounts() {
}
