package org.safeguarding.post.account;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.safeguarding.kernel.PagedResult;
import org.safeguarding.kernel.api.post.AccountStatus;
import org.safeguarding.kernel.projection.ViewStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stored account views: one JSON document per account, with its status beside it for
 * the register's filter.
 */
@Repository
class AccountViewRepository extends ViewStore<AccountView> {

    private static final String ORDER = "order by proposed_at, id";

    AccountViewRepository(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        super(jdbc, objectMapper, "account_view", AccountView.class, AccountView::id, AccountView::version,
                List.of(column("status", AccountView::status), column("proposed_at", AccountView::proposedAt)));
    }

    /** The register, oldest proposal first, filtered by status when given. */
    PagedResult<AccountView> list(AccountStatus status, int page, int size) {
        return status == null ? page("", ORDER, page, size)
                : page("where status = ?", ORDER, page, size, status.name());
    }

    /** Every active account, oldest proposal first. */
    List<AccountView> active() {
        return documents("where status = ? " + ORDER, AccountStatus.ACTIVE.name());
    }

}
