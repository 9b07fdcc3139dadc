package org.safeguarding.post.post;

/** Where a post is on its way to the platform. */
public enum PostStatus {

    DRAFT, SUBMITTED, APPROVED, PUBLISHED, DELETED

}
