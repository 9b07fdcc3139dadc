package org.safeguarding.post.post;

import org.axonframework.config.ProcessingGroup;
import org.safeguarding.kernel.projection.ViewProjection;
import org.springframework.stereotype.Component;

/**
 * Keeps the post views in step with the event store, in the same transaction as the
 * events.
 */
@Component
@ProcessingGroup(PostViewProjection.NAME)
class PostViewProjection extends ViewProjection<PostView> {

    static final String NAME = "post-views";

    PostViewProjection(PostViewRepository views) {
        super(NAME, Post.class, views, PostView::new, PostView::apply);
    }

}
