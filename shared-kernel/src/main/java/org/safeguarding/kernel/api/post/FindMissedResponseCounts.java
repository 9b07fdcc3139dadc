package org.safeguarding.kernel.api.post;

/** Asks how many comments each account left unanswered past their deadline. */
public record FindMissedResponseCounts() {
}
