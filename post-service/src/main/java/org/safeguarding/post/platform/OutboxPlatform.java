package org.safeguarding.post.platform;

/**
 * The default adapter: writes what would be sent to the {@link Outbox}, in the same
 * transaction as the event that caused it, so the outbox never disagrees with the event
 * store.
 */
class OutboxPlatform implements SocialPlatform {

    private final Outbox outbox;

    OutboxPlatform(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public String createPost(String account, String text, String inReplyTo) {
        return "outbox-" + outbox.add("CREATE_POST", account, inReplyTo, text);
    }

    @Override
    public void deletePost(String account, String platformPostId) {
        outbox.add("DELETE_POST", account, platformPostId, null);
    }

    @Override
    public void deleteComment(String account, String platformCommentId) {
        outbox.add("DELETE_COMMENT", account, platformCommentId, null);
    }

    @Override
    public void hideReply(String account, String platformCommentId) {
        outbox.add("HIDE_REPLY", account, platformCommentId, null);
    }

    @Override
    public void blockUser(String account, String platformUserId) {
        outbox.add("BLOCK_USER", account, platformUserId, null);
    }

}
