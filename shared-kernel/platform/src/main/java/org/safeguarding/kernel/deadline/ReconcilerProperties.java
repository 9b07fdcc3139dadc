package org.safeguarding.kernel.deadline;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code safeguarding.reconciler.*}: how often the reconciler looks ({@code interval}),
 * and how long a view must have been unchanged before a deadline it names counts as
 * missing ({@code settle}), a margin on top of the check that the deadline's saga has
 * reached the owner's latest event (the sagas follow the event store on their own
 * threads, so a deadline for an event they have not reached yet is not missing, only
 * late).
 */
@ConfigurationProperties("safeguarding.reconciler")
@Validated
public record ReconcilerProperties(@DefaultValue("PT5M") @NotNull @DurationMin(seconds = 1) Duration interval,
        @DefaultValue("PT1M") @NotNull @DurationMin(seconds = 0) Duration settle) {
}
