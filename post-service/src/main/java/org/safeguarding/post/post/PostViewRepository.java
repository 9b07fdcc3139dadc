package org.safeguarding.post.post;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.safeguarding.kernel.projection.ViewStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stored post views: one JSON document per post, with the columns lists filter on
 * beside it.
 */
@Repository
class PostViewRepository extends ViewStore<PostView> {

    PostViewRepository(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        super(jdbc, objectMapper, "post_view", PostView.class, PostView::id, PostView::version,
                List.of(column("account_id", PostView::accountId), column("status", PostView::status),
                        column("author", PostView::author), column("drafted_at", PostView::draftedAt)));
    }

    /** Every post, oldest first. */
    List<PostView> findAll() {
        return documents("order by drafted_at, id");
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
        return jdbc().query("select id, author, account_id from post_view" + where + " order by drafted_at desc, id",
                (rs, row) -> new Authorship(rs.getString(1), rs.getString(2), rs.getString(3)), arguments.toArray());
    }

}
