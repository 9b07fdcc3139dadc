package org.safeguarding.post.platform;

/**
 * What the school does on a platform, whichever platform it is. {@code account} is the
 * school account's handle. Every method either succeeds or throws
 * {@link PlatformUnavailable}, so a caller records only what happened.
 */
public interface SocialPlatform {

    /**
     * Publishes the text on the account (as a reply when {@code inReplyTo} is given) and
     * answers the platform's id for it.
     */
    String createPost(String account, String text, String inReplyTo);

    void deletePost(String account, String platformPostId);

    void deleteComment(String account, String platformCommentId);

    void hideReply(String account, String platformCommentId);

    void blockUser(String account, String platformUserId);

}
