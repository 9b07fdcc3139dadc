package org.safeguarding.kernel.api.post;

/**
 * The two reasons a post may go out outside the posting window: a school event, or urgent
 * news.
 */
public enum ExemptionKind {

    EVENT, URGENT

}
