package org.safeguarding.post.platform;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The default adapter: writes what would be sent to the {@code platform_outbox} table, in the same transaction
 * as the event that caused it, so the outbox never disagrees with the event store.
 */
class OutboxPlatform implements SocialPlatform {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    OutboxPlatform(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String createPost(String account, String text, String inReplyTo) {
        return "outbox-" + record("CREATE_POST", account, inReplyTo, text);
    }

    @Override
    public void deletePost(String account, String platformPostId) {
        record("DELETE_POST", account, platformPostId, null);
    }

    @Override
    public void deleteComment(String account, String platformCommentId) {
        record("DELETE_COMMENT", account, platformCommentId, null);
    }

    @Override
    public void hideReply(String account, String platformCommentId) {
        record("HIDE_REPLY", account, platformCommentId, null);
    }

    @Override
    public void blockUser(String account, String platformUserId) {
        record("BLOCK_USER", account, platformUserId, null);
    }

    private long record(String operation, String account, String target, String text) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(
                    "insert into platform_outbox (requested_at, operation, account, target, text) values (?, ?, ?, ?, ?)",
                    new String[] {"id"});
            statement.setTimestamp(1, Timestamp.from(clock.instant()));
            statement.setString(2, operation);
            statement.setString(3, account);
            statement.setString(4, target);
            statement.setString(5, text);
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }
}
