package org.safeguarding.post.comment;

import java.util.List;
import java.util.Objects;

import org.axonframework.queryhandling.QueryHandler;
import org.safeguarding.kernel.api.post.CommentConcerning;
import org.safeguarding.kernel.api.post.DataSubject;
import org.safeguarding.kernel.api.post.FindCommentsConcerning;
import org.springframework.stereotype.Component;

/**
 * A subject access request's part in the comments: every comment the person wrote or that
 * names them, with its moderation, oldest first.
 */
@Component
class CommentsConcerningSubject {

    private final CommentViewRepository views;

    CommentsConcerningSubject(CommentViewRepository views) {
        this.views = views;
    }

    @QueryHandler
    List<CommentConcerning> handle(FindCommentsConcerning query) {
        DataSubject subject = query.subject();
        return views.findAll()
            .stream()
            .filter(comment -> subject.is(comment.author()) || subject.isMentionedIn(comment.text())
                    || comment.actions().stream().anyMatch(action -> subject.isMentionedIn(action.note())))
            .map(comment -> concerning(comment, subject))
            .toList();
    }

    private static CommentConcerning concerning(CommentView comment, DataSubject subject) {
        List<CommentConcerning.ModerationStep> moderation = comment.actions()
            .stream()
            .map(action -> new CommentConcerning.ModerationStep(action.action().name(), action.by(), action.at(),
                    action.note(), action.publicReason()))
            .toList();
        List<String> incidents = comment.actions()
            .stream()
            .map(CommentView.Action::escalation)
            .filter(Objects::nonNull)
            .map(CommentView.Escalation::incidentId)
            .filter(Objects::nonNull)
            .toList();
        return new CommentConcerning(comment.id(), comment.platform(), comment.accountHandle(), comment.author(),
                comment.text(), comment.receivedAt(), comment.status().name(), subject.is(comment.author()), moderation,
                incidents);
    }

}
