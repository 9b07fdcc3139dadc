package org.safeguarding.kernel.api.post;

/**
 * The school's periods for its accounts' content, one per kind: a disposal disposes of
 * one kind under its rule.
 */
public enum ContentRetentionRule {

    POSTS, COMMENTS

}
