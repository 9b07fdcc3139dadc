package org.safeguarding.kernel.api.post;

import java.time.Instant;
import java.util.List;

/** A business case for an official account was put to SLT. */
public record AccountProposed(String accountId, String platform, String handle, String aim, String audience,
        String promotion, Visibility visibility, List<String> runBy, List<String> allowedMentions, String proposedBy,
        Instant proposedAt) {
}
