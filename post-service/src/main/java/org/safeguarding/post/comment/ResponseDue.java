package org.safeguarding.post.comment;

import java.time.Instant;

/** The payload of the response deadline: which comment, due when. */
record ResponseDue(String commentId, Instant respondBy) {
}
