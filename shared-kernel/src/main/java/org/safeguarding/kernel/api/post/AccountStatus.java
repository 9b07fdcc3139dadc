package org.safeguarding.kernel.api.post;

/**
 * Where an official account stands in the register: only an ACTIVE account takes posts.
 */
public enum AccountStatus {

    PROPOSED, ACTIVE, REJECTED, CLOSED

}
