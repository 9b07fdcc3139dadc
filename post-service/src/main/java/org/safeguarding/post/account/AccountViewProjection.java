package org.safeguarding.post.account;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.safeguarding.kernel.api.post.AccountStanding;
import org.safeguarding.kernel.api.post.FindAccountStanding;
import org.safeguarding.kernel.projection.RebuildableProjection;
import org.springframework.stereotype.Component;

/**
 * Keeps the account views in step with the event store, and tells other features where an
 * account stands.
 */
@Component
@ProcessingGroup(AccountViewProjection.NAME)
class AccountViewProjection implements RebuildableProjection {

    static final String NAME = "account-views";

    private final AccountViewRepository views;

    AccountViewProjection(AccountViewRepository views) {
        this.views = views;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void deleteAll() {
        views.deleteAll();
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (!SocialAccount.class.getSimpleName().equals(message.getType())) {
            return;
        }
        AccountView view = views.find(message.getAggregateIdentifier()).orElseGet(AccountView::new);
        views.save(view.apply(message));
    }

    @QueryHandler
    AccountStanding handle(FindAccountStanding query) {
        return views.find(query.accountId()).map(AccountView::standing).orElse(null);
    }

}
