package org.safeguarding.post.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.safeguarding.kernel.api.post.ContentRetentionRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The posts and comments kept past the school's period and not yet disposed of, oldest
 * first: read from the views' own columns (their ids, accounts, status and dates), never
 * their text.
 */
@Component
class ContentDue {

    /** One post or comment fallen due: kept until {@code retainUntil}, a day now past. */
    record Due(String kind, String id, String accountId, String status, Instant since, LocalDate retainUntil) {
    }

    /** The status both views give content once disposed of: never due again. */
    private static final String DISPOSED = "DISPOSED";

    private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/London");

    private final JdbcTemplate jdbc;

    private final ContentRetentionProperties periods;

    private final Clock clock;

    ContentDue(JdbcTemplate jdbc, ContentRetentionProperties periods, Clock clock) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.clock = clock;
    }

    /** The kind of content {@code rule} keeps: what {@link Due#kind()} says. */
    static String kindUnder(ContentRetentionRule rule) {
        return switch (rule) {
            case POSTS -> "POST";
            case COMMENTS -> "COMMENT";
        };
    }

    List<Due> due() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), SCHOOL_ZONE);
        return Stream
            .concat(due("POST", "post_view", "drafted_at", periods.posts(), today),
                    due("COMMENT", "comment_view", "received_at", periods.comments(), today))
            .sorted((one, other) -> one.since().compareTo(other.since()))
            .toList();
    }

    /**
     * Those of the query's rows kept through a day before today; the cut-off is one day
     * generous, then each row is checked in the school's zone.
     */
    private Stream<Due> due(String kind, String table, String since, Period period, LocalDate today) {
        Instant cutOff = today.minus(period).atStartOfDay(SCHOOL_ZONE).toInstant();
        return jdbc
            .query("select id, account_id, status, " + since + " from " + table + " where " + since
                    + " < ? and status <> ?",
                    (rs, row) -> new Due(kind, rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant(),
                            LocalDate.ofInstant(rs.getTimestamp(4).toInstant(), SCHOOL_ZONE).plus(period)),
                    Timestamp.from(cutOff), DISPOSED)
            .stream()
            .filter(due -> today.isAfter(due.retainUntil()));
    }

}
