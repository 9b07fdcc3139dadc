package org.safeguarding.post.post;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** Posts as other features read them: by id, as content removal answers it. */
@Component
public class PostLookup {

    private final PostViewRepository views;

    PostLookup(PostViewRepository views) {
        this.views = views;
    }

    public Optional<PostView> find(String id) {
        return views.find(id);
    }

}
