package org.safeguarding.post.comment;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.safeguarding.kernel.projection.RebuildableProjection;
import org.springframework.stereotype.Component;

/**
 * Keeps the comment views in step with the event store, in the same transaction as the
 * events.
 */
@Component
@ProcessingGroup(CommentViewProjection.NAME)
class CommentViewProjection implements RebuildableProjection {

    static final String NAME = "comment-views";

    private final CommentViewRepository views;

    CommentViewProjection(CommentViewRepository views) {
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
        if (!Comment.class.getSimpleName().equals(message.getType())) {
            return;
        }
        CommentView view = views.find(message.getAggregateIdentifier()).orElseGet(CommentView::new);
        views.save(view.apply(message));
    }

}
