package org.safeguarding.incident.incident;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code safeguarding.escalation.*}.
 *
 * @param acknowledgeWithin the working time each level has to acknowledge an incident
 * before it escalates one level
 */
@ConfigurationProperties("safeguarding.escalation")
@Validated
record EscalationProperties(@DefaultValue("PT24H") @NotNull @DurationMin(seconds = 1) Duration acknowledgeWithin) {
}
