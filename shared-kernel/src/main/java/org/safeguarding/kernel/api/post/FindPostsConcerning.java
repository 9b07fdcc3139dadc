package org.safeguarding.kernel.api.post;

/**
 * Asks for every post written by the person, naming them, or showing them (by register
 * ref), as a list of {@link PostConcerning}.
 */
public record FindPostsConcerning(DataSubject subject) {
}
