package org.safeguarding.post.comment;

/** The payload of the retry deadline: the escalation to try again, and how many tries it has had. */
record EscalationRetryDue(String commentId, String moderationId, int attempts) {
}
