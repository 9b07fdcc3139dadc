package org.safeguarding.incident.retention;

import java.time.Duration;
import java.time.Period;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The school's retention periods (docs/records-lifecycle.md, "Retention and disposal",
 * cites where each default comes from).
 *
 * @param childProtection after the child's date of birth (IRMS: 25 years)
 * @param allegation from an allegation against an adult, if longer than to their
 * retirement (KCSIE: 10 years)
 * @param retirementAge the adult's normal retirement age, from their date of birth
 * @param eSafety from the closure of an e-safety incident that was no safeguarding matter
 * @param accessLog how long each entry of the access log is kept
 * @param subjectAccess how long a subject access request's file (who it is about, and the
 * bundle) is kept from the request
 * @param checkEvery how often what has fallen due is listed and the access log purged
 */
@Validated
@ConfigurationProperties("safeguarding.retention")
record RetentionProperties(@DefaultValue("P25Y") @NotNull Period childProtection,
        @DefaultValue("P10Y") @NotNull Period allegation, @DefaultValue("67") @Min(50) int retirementAge,
        @DefaultValue("P6Y") @NotNull Period eSafety, @DefaultValue("P6Y") @NotNull Period accessLog,
        @DefaultValue("P6Y") @NotNull Period subjectAccess, @DefaultValue("P1D") @NotNull Duration checkEvery) {
}
