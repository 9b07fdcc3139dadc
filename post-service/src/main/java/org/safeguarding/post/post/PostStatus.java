package org.safeguarding.post.post;

/** Where a post is on its way to the platform, and whether it was disposed of since. */
public enum PostStatus {

    DRAFT, SUBMITTED, APPROVED, PUBLISHED, DELETED, DISPOSED

}
