package org.safeguarding.post.comment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.safeguarding.kernel.PagedResult;
import org.safeguarding.kernel.projection.ViewStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The stored comment views, with what the moderation queue sorts and filters on beside
 * each document.
 */
@Repository
class CommentViewRepository extends ViewStore<CommentView> {

    CommentViewRepository(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        super(jdbc, objectMapper, "comment_view", CommentView.class, CommentView::id, CommentView::version,
                List.of(column("account_id", CommentView::accountId), column("status", CommentView::status),
                        column("awaiting", CommentView::isAwaiting), column("respond_by", CommentView::respondBy),
                        column("received_at", CommentView::receivedAt),
                        column("missed_response", CommentView::missedResponse)));
    }

    /**
     * The queue (awaiting, soonest due first) or, without {@code awaiting}, every
     * comment, newest first.
     */
    PagedResult<CommentView> list(Boolean awaiting, int page, int size) {
        String order = Boolean.TRUE.equals(awaiting) ? "order by respond_by, id" : "order by received_at desc, id";
        return awaiting == null ? page("", order, page, size) : page("where awaiting = ?", order, page, size, awaiting);
    }

    /** How many comments each account left unanswered past their deadline. */
    Map<String, Long> missedResponsesByAccount() {
        Map<String, Long> counts = new HashMap<>();
        jdbc().query("select account_id, count(*) from comment_view where missed_response = true group by account_id",
                (RowCallbackHandler) row -> counts.put(row.getString(1), row.getLong(2)));
        return counts;
    }

    /** Every comment, oldest first. */
    List<CommentView> findAll() {
        return documents("order by received_at, id");
    }

    List<CommentView> findAwaiting() {
        return documents("where awaiting = true");
    }

}
