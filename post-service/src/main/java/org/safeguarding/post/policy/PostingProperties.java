package org.safeguarding.post.policy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code safeguarding.posting.*}.
 *
 * @param window the hours of a working day in which the school posts, such as
 * {@code 08:00-18:00}
 * @param maxLength the longest text the platform takes, in characters
 */
@ConfigurationProperties("safeguarding.posting")
@Validated
record PostingProperties(@DefaultValue("08:00-18:00") @NotBlank String window,
        @DefaultValue("280") @Positive int maxLength) {
}
