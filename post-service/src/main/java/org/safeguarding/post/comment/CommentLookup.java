package org.safeguarding.post.comment;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** Comments as other features read them: by id, as content removal answers it. */
@Component
public class CommentLookup {

    private final CommentViewRepository views;

    CommentLookup(CommentViewRepository views) {
        this.views = views;
    }

    public Optional<CommentView> find(String id) {
        return views.find(id);
    }

}
