package org.safeguarding.post.comment;

/**
 * Where a comment stands: AWAITING until someone acts; HIDDEN and DELETED outlast later
 * actions.
 */
public enum CommentStatus {

    AWAITING, RESPONDED, NO_ACTION, REPORTED, AUTHOR_BLOCKED, HIDDEN, DELETED

}
