package org.safeguarding.kernel.api.post;

import java.util.List;

/**
 * An account as the posting policy sees it: its status, who may post, and whom it
 * may @mention.
 */
public record AccountStanding(String accountId, String platform, String handle, AccountStatus status,
        List<String> posters, List<String> allowedMentions) {

    public AccountStanding {
        posters = posters == null ? List.of() : List.copyOf(posters);
        allowedMentions = allowedMentions == null ? List.of() : List.copyOf(allowedMentions);
    }

    public boolean isPoster(String username) {
        return posters.contains(username);
    }
}
