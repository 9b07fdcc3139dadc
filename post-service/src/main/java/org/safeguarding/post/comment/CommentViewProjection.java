package org.safeguarding.post.comment;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.queryhandling.QueryHandler;
import org.safeguarding.kernel.api.post.FindMissedResponseCounts;
import org.safeguarding.kernel.api.post.MissedResponseCounts;
import org.safeguarding.kernel.projection.ViewProjection;
import org.springframework.stereotype.Component;

/**
 * Keeps the comment views in step with the event store, in the same transaction as the
 * events.
 */
@Component
@ProcessingGroup(CommentViewProjection.NAME)
class CommentViewProjection extends ViewProjection<CommentView> {

    static final String NAME = "comment-views";

    private final CommentViewRepository views;

    CommentViewProjection(CommentViewRepository views) {
        super(NAME, Comment.class, views, CommentView::new, CommentView::apply);
        this.views = views;
    }

    /** What the register of accounts counts against each account. */
    @QueryHandler
    MissedResponseCounts handle(FindMissedResponseCounts query) {
        return new MissedResponseCounts(views.missedResponsesByAccount());
    }

}
