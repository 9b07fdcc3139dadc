package org.safeguarding.kernel.api.post;

import java.util.List;

/**
 * Everything post-service holds about one person, for a subject access request made in
 * incident-service: comments, posts and consent register entries.
 */
public record SubjectRecords(List<CommentConcerning> comments, List<PostConcerning> posts,
        List<ConsentChange> consents) {

    public SubjectRecords {
        comments = List.copyOf(comments);
        posts = List.copyOf(posts);
        consents = List.copyOf(consents);
    }
}
