package org.safeguarding.incident.incident;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code safeguarding.lado.*}.
 *
 * @param decisionWithin the working time the case manager has, from when an allegation
 * reaches them, to refer it to the LADO or record the decision not to
 */
@ConfigurationProperties("safeguarding.lado")
@Validated
record LadoProperties(@DefaultValue("P1D") @NotNull @DurationMin(seconds = 1) Duration decisionWithin) {
}
