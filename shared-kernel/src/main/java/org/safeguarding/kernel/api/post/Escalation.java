package org.safeguarding.kernel.api.post;

import org.safeguarding.kernel.api.incident.Category;

/** A moderator's request that a comment be reported as an e-safety incident. */
public record Escalation(Category category, String summary) {
}
