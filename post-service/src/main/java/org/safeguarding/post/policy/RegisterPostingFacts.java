package org.safeguarding.post.policy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.safeguarding.kernel.api.post.AccountStanding;
import org.safeguarding.kernel.api.post.FindAccountStanding;
import org.safeguarding.kernel.api.post.FindPupilConsents;
import org.safeguarding.kernel.api.post.PupilConsent;
import org.springframework.stereotype.Component;

/**
 * The facts read from the account register and the consent register through queries, and
 * the clock.
 */
@Component
class RegisterPostingFacts implements PostingFacts {

    private final QueryGateway queries;

    private final Clock clock;

    RegisterPostingFacts(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public Optional<AccountStanding> account(String accountId) {
        return Optional.ofNullable(
                queries.query(new FindAccountStanding(accountId), ResponseTypes.instanceOf(AccountStanding.class))
                    .join());
    }

    @Override
    public List<PupilConsent> consentRegister() {
        return queries.query(new FindPupilConsents(), ResponseTypes.multipleInstancesOf(PupilConsent.class)).join();
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

}
