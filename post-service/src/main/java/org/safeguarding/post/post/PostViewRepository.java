package org.safeguarding.post.post;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stored post views: one JSON document per post, with the columns lists filter on
 * beside it.
 */
@Repository
class PostViewRepository {

    private final JdbcTemplate jdbc;

    private final ObjectMapper objectMapper;

    PostViewRepository(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    Optional<PostView> find(String id) {
        return jdbc.query("select document from post_view where id = ?", (rs, row) -> read(rs.getString(1)), id)
            .stream()
            .findFirst();
    }

    void save(PostView view) {
        String document = write(view);
        int updated = jdbc.update("update post_view set status = ?, version = ?, document = ? where id = ?",
                view.status().name(), view.version(), document, view.id());
        if (updated == 0) {
            jdbc.update(
                    "insert into post_view (id, account_id, status, author, drafted_at, version, document) "
                            + "values (?, ?, ?, ?, ?, ?, ?)",
                    view.id(), view.accountId(), view.status().name(), view.author(), Timestamp.from(view.draftedAt()),
                    view.version(), document);
        }
    }

    /** Who wrote a post and on which account: what need to know looks at. */
    record Authorship(String id, String author, String accountId) {
    }

    /**
     * Every post with this status and on this account (either null for any), newest
     * first.
     */
    List<Authorship> authorships(PostStatus status, String accountId) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> arguments = new ArrayList<>();
        if (status != null) {
            where.append(" and status = ?");
            arguments.add(status.name());
        }
        if (accountId != null) {
            where.append(" and account_id = ?");
            arguments.add(accountId);
        }
        return jdbc.query("select id, author, account_id from post_view" + where + " order by drafted_at desc, id",
                (rs, row) -> new Authorship(rs.getString(1), rs.getString(2), rs.getString(3)), arguments.toArray());
    }

    /** These posts, in this order. */
    List<PostView> findAll(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, PostView> found = new HashMap<>();
        new NamedParameterJdbcTemplate(jdbc).query("select id, document from post_view where id in (:ids)",
                Map.of("ids", ids), rs -> {
                    found.put(rs.getString(1), read(rs.getString(2)));
                });
        return ids.stream().map(found::get).toList();
    }

    private PostView read(String document) {
        try {
            return objectMapper.readValue(document, PostView.class);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable post view", e);
        }
    }

    private String write(PostView view) {
        try {
            return objectMapper.writeValueAsString(view);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store post view " + view.id(), e);
        }
    }

}
