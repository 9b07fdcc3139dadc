package org.safeguarding.post.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.safeguarding.kernel.PagedResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The {@code platform_outbox} table: what would have been sent to the platform, and when
 * it was asked for.
 */
class Outbox {

    /** One request to the platform. */
    record Entry(long id, Instant requestedAt, String operation, String account, String target, String text) {
    }

    private final JdbcTemplate jdbc;

    private final Clock clock;

    Outbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds a request, now; answers its id. */
    long add(String operation, String account, String target, String text) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(
                    "insert into platform_outbox "
                            + "(requested_at, operation, account, target, text) values (?, ?, ?, ?, ?)",
                    new String[] { "id" });
            statement.setTimestamp(1, Timestamp.from(clock.instant()));
            statement.setString(2, operation);
            statement.setString(3, account);
            statement.setString(4, target);
            statement.setString(5, text);
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    /** A page of the requests, newest first. */
    PagedResult<Entry> newestFirst(int page, int size) {
        Long total = jdbc.queryForObject("select count(*) from platform_outbox", Long.class);
        List<Entry> content = jdbc.query(
                "select id, requested_at, operation, account, target, text "
                        + "from platform_outbox order by id desc limit ? offset ?",
                (rs, row) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)),
                size, (long) page * size);
        return new PagedResult<>(content, page, size, total == null ? 0 : total);
    }

}
