package org.safeguarding.post.account;

import java.time.Clock;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.queryhandling.QueryHandler;
import org.safeguarding.kernel.api.post.AccountStanding;
import org.safeguarding.kernel.api.post.FindActiveAccounts;
import org.safeguarding.kernel.api.post.FindAccountStanding;
import org.safeguarding.kernel.projection.ViewProjection;
import org.safeguarding.kernel.security.SchoolDirectory;
import org.safeguarding.post.policy.SchoolPolicy;
import org.springframework.stereotype.Component;

/**
 * Keeps the account views in step with the event store, and tells other features where an
 * account stands.
 */
@Component
@ProcessingGroup(AccountViewProjection.NAME)
class AccountViewProjection extends ViewProjection<AccountView> {

    static final String NAME = "account-views";

    private final AccountViewRepository views;

    private final SchoolDirectory directory;

    private final Clock clock;

    private final SchoolPolicy policy;

    AccountViewProjection(AccountViewRepository views, SchoolDirectory directory, Clock clock, SchoolPolicy policy) {
        super(NAME, SocialAccount.class, views, AccountView::new, AccountView::apply);
        this.views = views;
        this.directory = directory;
        this.clock = clock;
        this.policy = policy;
    }

    @QueryHandler
    AccountStanding handle(FindAccountStanding query) {
        return views.find(query.accountId()).map(this::standing).orElse(null);
    }

    @QueryHandler
    List<AccountStanding> handle(FindActiveAccounts query) {
        return views.active().stream().map(this::standing).toList();
    }

    private AccountStanding standing(AccountView view) {
        return view.asOf(clock.instant(), policy.reviewInterval())
            .standing(username -> directory.actor(username).isPresent());
    }

}
