package org.safeguarding.post.comment;

import java.time.Duration;
import java.time.Instant;

/**
 * The time left to answer a comment, as the moderation queue says it: "3 hours 20 minutes
 * left", or "overdue by 1 day 2 hours" once the time has run out.
 *
 * @param overdue whether the time has run out
 * @param text what the queue shows
 */
record Countdown(boolean overdue, String text) {

    static Countdown until(Instant due, Instant now) {
        Duration left = Duration.between(now, due);
        if (left.isNegative() || left.isZero()) {
            return new Countdown(true, "overdue by " + span(left.negated()));
        }
        return new Countdown(false, span(left) + " left");
    }

    /** Days and hours, or hours and minutes under a day; at least a minute. */
    private static String span(Duration duration) {
        long minutes = Math.max(1, duration.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        if (days > 0) {
            return count(days, "day") + (hours > 0 ? " " + count(hours, "hour") : "");
        }
        return hours > 0 ? count(hours, "hour") + (minutes % 60 > 0 ? " " + count(minutes % 60, "minute") : "")
                : count(minutes, "minute");
    }

    private static String count(long amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }

}
