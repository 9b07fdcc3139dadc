package org.safeguarding.kernel.api.post;

import java.util.List;

/**
 * An account as the posting policy sees it: its status, who may post, whom it
 * may @mention, and whether its termly password change is overdue (nothing goes out until
 * it is recorded, 004:27).
 */
public record AccountStanding(String accountId, String platform, String handle, AccountStatus status,
        List<String> posters, List<String> allowedMentions, boolean passwordRotationOverdue) {

    public AccountStanding {
        posters = posters == null ? List.of() : List.copyOf(posters);
        allowedMentions = allowedMentions == null ? List.of() : List.copyOf(allowedMentions);
    }

    /** An account whose password is not overdue. */
    public AccountStanding(String accountId, String platform, String handle, AccountStatus status, List<String> posters,
            List<String> allowedMentions) {
        this(accountId, platform, handle, status, posters, allowedMentions, false);
    }

    public boolean isPoster(String username) {
        return posters.contains(username);
    }
}
