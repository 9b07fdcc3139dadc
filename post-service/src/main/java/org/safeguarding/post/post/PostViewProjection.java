package org.safeguarding.post.post;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.safeguarding.kernel.projection.RebuildableProjection;
import org.springframework.stereotype.Component;

/**
 * Keeps the post views in step with the event store, in the same transaction as the
 * events.
 */
@Component
@ProcessingGroup(PostViewProjection.NAME)
class PostViewProjection implements RebuildableProjection {

    static final String NAME = "post-views";

    private final PostViewRepository views;

    PostViewProjection(PostViewRepository views) {
        this.views = views;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void deleteAll() {
        views.deleteAll();
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (!Post.class.getSimpleName().equals(message.getType())) {
            return;
        }
        PostView view = views.find(message.getAggregateIdentifier()).orElseGet(PostView::new);
        views.save(view.apply(message));
    }

}
