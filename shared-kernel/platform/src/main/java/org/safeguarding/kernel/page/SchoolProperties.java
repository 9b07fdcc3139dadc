package org.safeguarding.kernel.page;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code safeguarding.school.*}: the school the service runs for.
 *
 * @param name the school's name, shown on every page
 */
@ConfigurationProperties("safeguarding.school")
@Validated
public record SchoolProperties(@DefaultValue("Demo School") @NotBlank String name) {
}
