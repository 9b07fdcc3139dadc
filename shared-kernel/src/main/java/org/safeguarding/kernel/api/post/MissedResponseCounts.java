package org.safeguarding.kernel.api.post;

import java.util.Map;

/**
 * Comments left unanswered past their deadline, by account id; an account missing here
 * has none.
 */
public record MissedResponseCounts(Map<String, Long> byAccount) {

    public MissedResponseCounts {
        byAccount = Map.copyOf(byAccount);
    }

    public long of(String accountId) {
        return byAccount.getOrDefault(accountId, 0L);
    }
}
