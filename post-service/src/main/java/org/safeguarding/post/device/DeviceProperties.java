package org.safeguarding.post.device;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code safeguarding.devices.*}.
 *
 * @param required whether posting and comment moderation need an approved device (or a
 * personal device in its emergency allowance); off by default, on for a school whose
 * policy says staff use only school devices (000:60)
 * @param emergencyAllowance how long a personal device may act after emergency access is
 * granted
 * @param passcodeValidFor how long the headteacher's passcode may be entered
 * @param passcodeAttempts how many wrong passcodes lock it until a new one is sent
 */
@ConfigurationProperties("safeguarding.devices")
@Validated
record DeviceProperties(@DefaultValue("false") boolean required,
        @DefaultValue("PT2H") @NotNull @DurationMin(minutes = 1) Duration emergencyAllowance,
        @DefaultValue("PT30M") @NotNull @DurationMin(minutes = 1) Duration passcodeValidFor,
        @DefaultValue("5") @Min(1) int passcodeAttempts) {
}
