package org.safeguarding.post.comment;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code safeguarding.comments.*}.
 *
 * @param respondWithin how long a comment on the school's account may wait for a response
 * or moderation, counted from its arrival, or from the start of the next working day if
 * it arrived on a non-working day
 */
@ConfigurationProperties("safeguarding.comments")
@Validated
record CommentProperties(@DefaultValue("PT24H") @NotNull @DurationMin(seconds = 1) Duration respondWithin) {
}
