package org.safeguarding.post.comment;

import java.util.List;
import java.util.Optional;

import org.safeguarding.kernel.api.Reasoned;
import org.safeguarding.kernel.api.post.ReinstateResponseDeadline;
import org.safeguarding.kernel.deadline.Deadline;
import org.safeguarding.kernel.deadline.ReconciledDeadlines;
import org.springframework.stereotype.Component;

/**
 * The comment deadline saga's clock for the reconciler: every comment still awaiting a
 * response has one.
 */
@Component
class ResponseDeadlines implements ReconciledDeadlines {

    static final String KIND = "RESPONSE";

    private final CommentViewRepository views;

    ResponseDeadlines(CommentViewRepository views) {
        this.views = views;
    }

    @Override
    public Class<?> saga() {
        return CommentDeadlineSaga.class;
    }

    @Override
    public List<Expected> expected() {
        return views.findAwaiting()
            .stream()
            .filter(CommentView::isResponseClockRunning)
            .map(view -> new Expected(new Deadline(view.id(), KIND, view.respondBy()), view.updatedAt()))
            .toList();
    }

    @Override
    public Optional<Deadline> recognise(Object payload) {
        return payload instanceof ResponseDue due ? Optional.of(new Deadline(due.commentId(), KIND, due.respondBy()))
                : Optional.empty();
    }

    @Override
    public Reasoned reinstate(Deadline missing, String reason) {
        return new ReinstateResponseDeadline(missing.ownerId(), missing.due(), reason);
    }

}
