package org.safeguarding.kernel.calendar.config;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    WorkingCalendar workingCalendar(CalendarProperties properties, Clock clock) {
        Set<DayOfWeek> workingDays = properties.workingDays() == null || properties.workingDays().isEmpty()
                ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : properties.workingDays();
        List<LocalDate> bankHolidays = properties.bankHolidays() == null ? WorkingCalendar.shippedBankHolidays()
                : properties.bankHolidays();
        LocalDate today = LocalDate.now(clock);
        if (properties.bankHolidays() == null && bankHolidays.stream().noneMatch(today::isBefore)) {
            log.warn("The shipped bank holidays end before {}: set safeguarding.calendar.bank-holidays", today);
        }
        return new WorkingCalendar(workingDays, Set.copyOf(bankHolidays));
    }

}
