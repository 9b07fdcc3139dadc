package org.safeguarding.post.comment;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.safeguarding.kernel.PagedResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stored comment views, with what the moderation queue sorts and filters on beside
 * each document.
 */
@Repository
class CommentViewRepository {

    private final JdbcTemplate jdbc;

    private final ObjectMapper objectMapper;

    CommentViewRepository(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    Optional<CommentView> find(String id) {
        return jdbc.query("select document from comment_view where id = ?", (rs, row) -> read(rs.getString(1)), id)
            .stream()
            .findFirst();
    }

    void save(CommentView view) {
        String document = write(view);
        int updated = jdbc.update(
                "update comment_view set status = ?, awaiting = ?, version = ?, document = ? where id = ?",
                view.status().name(), view.isAwaiting(), view.version(), document, view.id());
        if (updated == 0) {
            jdbc.update(
                    "insert into comment_view (id, account_id, status, awaiting, respond_by, received_at, version,"
                            + " document) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    view.id(), view.accountId(), view.status().name(), view.isAwaiting(),
                    Timestamp.from(view.respondBy()), Timestamp.from(view.receivedAt()), view.version(), document);
        }
    }

    /**
     * The queue (awaiting, soonest due first) or, without {@code awaiting}, every
     * comment, newest first.
     */
    PagedResult<CommentView> list(Boolean awaiting, int page, int size) {
        String where = awaiting == null ? "" : " where awaiting = ?";
        String order = Boolean.TRUE.equals(awaiting) ? " order by respond_by, id" : " order by received_at desc, id";
        List<Object> arguments = new ArrayList<>();
        if (awaiting != null) {
            arguments.add(awaiting);
        }
        Long total = jdbc.queryForObject("select count(*) from comment_view" + where, Long.class, arguments.toArray());
        arguments.add(size);
        arguments.add((long) page * size);
        List<CommentView> content = jdbc.query(
                "select document from comment_view" + where + order + " limit ? offset ?",
                (rs, row) -> read(rs.getString(1)), arguments.toArray());
        return new PagedResult<>(content, page, size, total == null ? 0 : total);
    }

    List<CommentView> findAwaiting() {
        return jdbc.query("select document from comment_view where awaiting = true",
                (rs, row) -> read(rs.getString(1)));
    }

    private CommentView read(String document) {
        try {
            return objectMapper.readValue(document, CommentView.class);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable comment view", e);
        }
    }

    private String write(CommentView view) {
        try {
            return objectMapper.writeValueAsString(view);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store comment view " + view.id(), e);
        }
    }

}
