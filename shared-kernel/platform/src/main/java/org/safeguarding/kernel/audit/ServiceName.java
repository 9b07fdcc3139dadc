package org.safeguarding.kernel.audit;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code spring.application.name}: the service every signed checkpoint names, so that it
 * says whose record it is.
 */
@ConfigurationProperties("spring.application")
@Validated
record ServiceName(@NotBlank String name) {
}
