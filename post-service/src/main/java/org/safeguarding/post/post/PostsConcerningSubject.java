package org.safeguarding.post.post;

import java.util.List;
import java.util.Objects;

import org.axonframework.queryhandling.QueryHandler;
import org.safeguarding.kernel.api.post.DataSubject;
import org.safeguarding.kernel.api.post.FindPostsConcerning;
import org.safeguarding.kernel.api.post.Medium;
import org.safeguarding.kernel.api.post.PostConcerning;
import org.springframework.stereotype.Component;

/**
 * A subject access request's part in the posts: every post the person wrote, that names
 * them in its text or captions, or that shows them in a photo, oldest first.
 */
@Component
class PostsConcerningSubject {

    private final PostViewRepository views;

    PostsConcerningSubject(PostViewRepository views) {
        this.views = views;
    }

    @QueryHandler
    List<PostConcerning> handle(FindPostsConcerning query) {
        DataSubject subject = query.subject();
        return views.findAll()
            .stream()
            .filter(post -> subject.is(post.author()) || shows(post, subject) || subject.isMentionedIn(post.text())
                    || post.media().stream().anyMatch(medium -> subject.isMentionedIn(medium.caption())))
            .map(post -> new PostConcerning(post.id(), post.accountId(), post.author(), post.status().name(),
                    post.text(), post.media().stream().map(Medium::caption).filter(Objects::nonNull).toList(),
                    post.draftedAt(), subject.is(post.author()), shows(post, subject)))
            .toList();
    }

    private static boolean shows(PostView post, DataSubject subject) {
        return subject.ref() != null
                && post.media().stream().anyMatch(medium -> medium.pupilRefs().contains(subject.ref()));
    }

}
