package org.safeguarding.kernel.api.post;

/**
 * Asks for every inbound comment written by the person or naming them, as a list of
 * {@link CommentConcerning}.
 */
public record FindCommentsConcerning(DataSubject subject) {
}
