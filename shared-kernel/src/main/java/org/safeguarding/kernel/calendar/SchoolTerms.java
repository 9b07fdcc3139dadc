package org.safeguarding.kernel.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The school year's terms, from the days they start on, the same every year
 * ({@code 09-01}): each term ends the day before the next one starts.
 */
public final class SchoolTerms {

    /** A term from its first day to its last. */
    public record Term(LocalDate starts, LocalDate ends) {

        public boolean contains(LocalDate day) {
            return !day.isBefore(starts) && !day.isAfter(ends);
        }
    }

    private final List<MonthDay> starts;

    private SchoolTerms(List<MonthDay> starts) {
        if (starts.isEmpty()) {
            throw new IllegalArgumentException("A school year has at least one term");
        }
        this.starts = starts.stream().sorted().toList();
    }

    /** From month-days such as {@code 09-01}, as the settings give them. */
    public static SchoolTerms startingOn(List<String> monthDays) {
        return new SchoolTerms(monthDays.stream().map(day -> MonthDay.parse("--" + day.trim())).toList());
    }

    /** The term {@code day} falls in. */
    public Term containing(LocalDate day) {
        LocalDate start = startsAround(day).filter(each -> !each.isAfter(day))
            .max(Comparator.naturalOrder())
            .orElseThrow();
        return new Term(start, nextStartAfter(day).minusDays(1));
    }

    /** The first day of the first term that starts after {@code day}. */
    public LocalDate nextStartAfter(LocalDate day) {
        return startsAround(day).filter(each -> each.isAfter(day)).min(Comparator.naturalOrder()).orElseThrow();
    }

    private Stream<LocalDate> startsAround(LocalDate day) {
        return Stream.of(day.getYear() - 1, day.getYear(), day.getYear() + 1)
            .flatMap(year -> starts.stream().map(start -> start.atYear(year)));
    }

}
