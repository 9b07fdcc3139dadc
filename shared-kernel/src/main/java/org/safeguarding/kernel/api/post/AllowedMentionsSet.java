package org.safeguarding.kernel.api.post;

import java.util.List;

/** The accounts this account may @mention, replacing the previous list. */
public record AllowedMentionsSet(String accountId, List<String> handles) {
}
