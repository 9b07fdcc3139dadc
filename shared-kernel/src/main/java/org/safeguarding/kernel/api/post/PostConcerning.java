package org.safeguarding.kernel.api.post;

import java.time.Instant;
import java.util.List;

/**
 * A post the person wrote, or one that names them or shows them in a photo (by register
 * ref).
 */
public record PostConcerning(String postId, String accountId, String author, String status, String text,
        List<String> captions, Instant draftedAt, boolean writtenBySubject, boolean showsSubject) {

    public PostConcerning {
        captions = List.copyOf(captions);
    }
}
