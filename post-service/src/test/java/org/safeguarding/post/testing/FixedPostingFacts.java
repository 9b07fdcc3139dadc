package org.safeguarding.post.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguarding.kernel.api.post.AccountStanding;
import org.safeguarding.kernel.api.post.PupilConsent;
import org.safeguarding.post.policy.PostingFacts;

/** Posting facts a test sets by hand: accounts, the consent register and the time. */
public final class FixedPostingFacts implements PostingFacts {

    private final Map<String, AccountStanding> accounts = new HashMap<>();

    private List<PupilConsent> register = List.of();

    private Instant now;

    public FixedPostingFacts(Instant now) {
        this.now = now;
    }

    public FixedPostingFacts account(AccountStanding account) {
        accounts.put(account.accountId(), account);
        return this;
    }

    public FixedPostingFacts register(PupilConsent... pupils) {
        register = List.of(pupils);
        return this;
    }

    public FixedPostingFacts at(Instant instant) {
        now = instant;
        return this;
    }

    @Override
    public Optional<AccountStanding> account(String accountId) {
        return Optional.ofNullable(accounts.get(accountId));
    }

    @Override
    public List<PupilConsent> consentRegister() {
        return register;
    }

    @Override
    public Instant now() {
        return now;
    }

}
