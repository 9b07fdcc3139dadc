package org.safeguarding.post.post;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.safeguarding.kernel.PagedResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The stored post views: one JSON document per post, with the columns lists filter on beside it. */
@Repository
public class PostViewRepository {

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;

    PostViewRepository(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    public Optional<PostView> find(String id) {
        return jdbc.query("select document from post_view where id = ?", (rs, row) -> read(rs.getString(1)), id)
                .stream().findFirst();
    }

    void save(PostView view) {
        String document = write(view);
        int updated = jdbc.update("update post_view set status = ?, version = ?, document = ? where id = ?",
                view.status().name(), view.version(), document, view.id());
        if (updated == 0) {
            jdbc.update("insert into post_view (id, account_id, status, author, drafted_at, version, document) "
                            + "values (?, ?, ?, ?, ?, ?, ?)",
                    view.id(), view.accountId(), view.status().name(), view.author(), Timestamp.from(view.draftedAt()),
                    view.version(), document);
        }
    }

    List<String> accountIds() {
        return jdbc.queryForList("select distinct account_id from post_view", String.class);
    }

    /**
     * Newest first; {@code accountIds} null means every account, otherwise only those accounts' posts and the
     * posts {@code author} wrote.
     */
    PagedResult<PostView> list(Collection<String> accountIds, String author, PostStatus status, String accountId,
                               int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> arguments = new ArrayList<>();
        if (accountIds != null) {
            where.append(" and (author = ?");
            arguments.add(author);
            for (String visible : accountIds) {
                where.append(" or account_id = ?");
                arguments.add(visible);
            }
            where.append(')');
        }
        if (status != null) {
            where.append(" and status = ?");
            arguments.add(status.name());
        }
        if (accountId != null) {
            where.append(" and account_id = ?");
            arguments.add(accountId);
        }
        Long total = jdbc.queryForObject("select count(*) from post_view" + where, Long.class, arguments.toArray());
        arguments.add(size);
        arguments.add((long) page * size);
        List<PostView> content = jdbc.query("select document from post_view" + where
                + " order by drafted_at desc, id limit ? offset ?", (rs, row) -> read(rs.getString(1)), arguments.toArray());
        return new PagedResult<>(content, page, size, total == null ? 0 : total);
    }

    private PostView read(String document) {
        try {
            return objectMapper.readValue(document, PostView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable post view", e);
        }
    }

    private String write(PostView view) {
        try {
            return objectMapper.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store post view " + view.id(), e);
        }
    }
}
