package org.safeguarding.kernel.api.post;

/**
 * Asks whether a member of staff has what running a school account needs; answered with a
 * {@link PostingReadiness}.
 */
public record FindPostingReadiness(String username) {
}
