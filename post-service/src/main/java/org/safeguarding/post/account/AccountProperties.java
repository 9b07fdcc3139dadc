package org.safeguarding.post.account;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code safeguarding.accounts.*}.
 *
 * @param termStarts the school year's term starts as month-day ({@code 09-01}): an
 * account's password is changed by the start of each term
 */
@ConfigurationProperties("safeguarding.accounts")
@Validated
record AccountProperties(@DefaultValue( {
        "09-01", "01-01", "04-01" }) @NotEmpty List<String> termStarts){
}
