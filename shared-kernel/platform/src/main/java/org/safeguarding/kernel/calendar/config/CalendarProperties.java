package org.safeguarding.kernel.calendar.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeguarding.calendar.*}: the working days, and the bank holidays (the shipped
 * England and Wales list when unset; an empty value for none).
 */
@ConfigurationProperties("safeguarding.calendar")
public record CalendarProperties(Set<DayOfWeek> workingDays, List<LocalDate> bankHolidays) {
}
