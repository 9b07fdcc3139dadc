package org.safeguarding.post.retention;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.safeguarding.kernel.api.post.CommentDisposed;
import org.safeguarding.kernel.api.post.PostDisposed;
import org.safeguarding.kernel.privacy.SubjectKeys;
import org.springframework.stereotype.Component;

/**
 * A disposed post's or comment's key is erased in the transaction that disposes of it, as
 * incident-service does for incidents: every personal field of its events, in the store
 * and in every replay made from it, reads as erased from then on, while the events, their
 * MACs and the chain stay as they were.
 */
@Component
@ProcessingGroup(ContentKeyErasure.NAME)
class ContentKeyErasure {

    static final String NAME = "subject-key-erasure";

    private final SubjectKeys keys;

    ContentKeyErasure(SubjectKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(PostDisposed disposed) {
        keys.erase(disposed.postId());
    }

    @EventHandler
    void on(CommentDisposed disposed) {
        keys.erase(disposed.commentId());
    }

}
