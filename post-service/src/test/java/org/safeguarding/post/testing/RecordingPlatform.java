package org.safeguarding.post.testing;

import java.util.ArrayList;
import java.util.List;

import org.safeguarding.post.platform.PlatformUnavailable;
import org.safeguarding.post.platform.SocialPlatform;

/** A platform that remembers what it was asked to do, and can be made to fail. */
public final class RecordingPlatform implements SocialPlatform {

    private final List<String> calls = new ArrayList<>();

    private boolean down;

    private int posts;

    public List<String> calls() {
        return List.copyOf(calls);
    }

    public void goDown() {
        down = true;
    }

    @Override
    public String createPost(String account, String text, String inReplyTo) {
        record("createPost " + account + " " + text);
        return "platform-post-" + ++posts;
    }

    @Override
    public void deletePost(String account, String platformPostId) {
        record("deletePost " + account + " " + platformPostId);
    }

    @Override
    public void deleteComment(String account, String platformCommentId) {
        record("deleteComment " + account + " " + platformCommentId);
    }

    @Override
    public void hideReply(String account, String platformCommentId) {
        record("hideReply " + account + " " + platformCommentId);
    }

    @Override
    public void blockUser(String account, String platformUserId) {
        record("blockUser " + account + " " + platformUserId);
    }

    private void record(String call) {
        if (down) {
            throw new PlatformUnavailable("The platform is down", null);
        }
        calls.add(call);
    }

}
