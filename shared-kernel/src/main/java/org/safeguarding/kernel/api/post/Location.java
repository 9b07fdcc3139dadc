package org.safeguarding.kernel.api.post;

/** Where a post is made from: OFFSITE means a place the children have not yet left. */
public enum Location {

    ONSITE, OFFSITE

}
