package org.safeguarding.kernel.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarConfiguration {

    static final String SHIPPED_BANK_HOLIDAYS = "calendar/bank-holidays-england-and-wales.csv";
    private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    WorkingCalendar workingCalendar(CalendarProperties properties, Clock clock) {
        Set<DayOfWeek> workingDays = properties.workingDays() == null || properties.workingDays().isEmpty()
                ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
                : properties.workingDays();
        List<LocalDate> bankHolidays = properties.bankHolidays() == null
                ? shippedBankHolidays()
                : properties.bankHolidays();
        LocalDate today = LocalDate.now(clock);
        if (properties.bankHolidays() == null && bankHolidays.stream().noneMatch(today::isBefore)) {
            log.warn("The shipped bank holidays end before {}: set safeguarding.calendar.bank-holidays", today);
        }
        return new WorkingCalendar(workingDays, Set.copyOf(bankHolidays));
    }

    static List<LocalDate> shippedBankHolidays() {
        var resource = new ClassPathResource(SHIPPED_BANK_HOLIDAYS);
        try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> LocalDate.parse(line.substring(0, line.indexOf(','))))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SHIPPED_BANK_HOLIDAYS, e);
        }
    }
}
