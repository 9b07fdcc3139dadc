package org.safeguarding.post.account;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.safeguarding.kernel.PagedResult;
import org.safeguarding.kernel.api.post.AccountStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stored account views: one JSON document per account, with its status beside it for
 * the register's filter.
 */
@Repository
class AccountViewRepository {

    private final JdbcTemplate jdbc;

    private final ObjectMapper objectMapper;

    AccountViewRepository(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    Optional<AccountView> find(String id) {
        return jdbc.query("select document from account_view where id = ?", (rs, row) -> read(rs.getString(1)), id)
            .stream()
            .findFirst();
    }

    void save(AccountView view) {
        String document = write(view);
        int updated = jdbc.update("update account_view set status = ?, version = ?, document = ? where id = ?",
                view.status().name(), view.version(), document, view.id());
        if (updated == 0) {
            jdbc.update("insert into account_view (id, status, proposed_at, version, document) values (?, ?, ?, ?, ?)",
                    view.id(), view.status().name(), Timestamp.from(view.proposedAt()), view.version(), document);
        }
    }

    /** The register, oldest proposal first, filtered by status when given. */
    PagedResult<AccountView> list(AccountStatus status, int page, int size) {
        String where = status == null ? "" : " where status = ?";
        List<Object> arguments = new ArrayList<>();
        if (status != null) {
            arguments.add(status.name());
        }
        Long total = jdbc.queryForObject("select count(*) from account_view" + where, Long.class, arguments.toArray());
        arguments.add(size);
        arguments.add((long) page * size);
        List<AccountView> content = jdbc.query(
                "select document from account_view" + where + " order by proposed_at, id limit ? offset ?",
                (rs, row) -> read(rs.getString(1)), arguments.toArray());
        return new PagedResult<>(content, page, size, total == null ? 0 : total);
    }

    private AccountView read(String document) {
        try {
            return objectMapper.readValue(document, AccountView.class);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable account view", e);
        }
    }

    private String write(AccountView view) {
        try {
            return objectMapper.writeValueAsString(view);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store account view " + view.id(), e);
        }
    }

}
