package org.safeguarding.post.comment;

/**
 * Where a comment stands: AWAITING until someone acts; HIDDEN and DELETED outlast later
 * actions; DISPOSED ends it.
 */
public enum CommentStatus {

    AWAITING, RESPONDED, NO_ACTION, REPORTED, AUTHOR_BLOCKED, HIDDEN, DELETED, DISPOSED

}
