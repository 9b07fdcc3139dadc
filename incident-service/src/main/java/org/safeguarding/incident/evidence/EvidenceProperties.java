package org.safeguarding.incident.evidence;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code safeguarding.evidence.*}.
 *
 * @param maxSize the largest evidence file taken; {@code spring.servlet.multipart.*} must
 * let at least this much through
 */
@ConfigurationProperties("safeguarding.evidence")
@Validated
record EvidenceProperties(@DefaultValue("5MB") @NotNull DataSize maxSize) {
}
