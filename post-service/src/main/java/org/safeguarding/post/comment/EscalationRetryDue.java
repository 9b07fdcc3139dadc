package org.safeguarding.post.comment;

/**
 * The payload of the retry deadline: the saga holds all a retry needs. scheduled_tasks
 * names this class, so it keeps its name; retries stored with the fields it used to have
 * still read (unknown properties are ignored).
 */
record EscalationRetryDue() {
}
