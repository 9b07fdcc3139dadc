package org.safeguarding.post.policy;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * The hours of a working day in which the school posts, such as {@code 08:00-18:00}: from
 * the start, up to the end.
 */
public record PostingWindow(LocalTime start, LocalTime end) {

    public PostingWindow {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("The posting window must start before it ends: " + start + "-" + end);
        }
    }

    public static PostingWindow parse(String text) {
        String[] bounds = text.trim().split("\\s*-\\s*");
        try {
            if (bounds.length == 2) {
                return new PostingWindow(LocalTime.parse(bounds[0]), LocalTime.parse(bounds[1]));
            }
        }
        catch (DateTimeParseException e) {
            throw new IllegalArgumentException("safeguarding.posting.window must look like 08:00-18:00, not " + text,
                    e);
        }
        throw new IllegalArgumentException("safeguarding.posting.window must look like 08:00-18:00, not " + text);
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
