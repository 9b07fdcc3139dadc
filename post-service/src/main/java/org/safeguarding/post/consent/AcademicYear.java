package org.safeguarding.post.consent;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK academic year, written {@code 2026/27}: 1 September 2026 to 31 August 2027.
 * Written consent covers one, and lapses when it ends.
 */
record AcademicYear(int startYear) {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})/(\\d{2})");

    /**
     * The year as written, when it is one: {@code 2026/27}, the second year following the
     * first.
     */
    static Optional<AcademicYear> parse(String written) {
        Matcher matcher = written == null ? null : WRITTEN.matcher(written.strip());
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(matcher.group(1));
        return Integer.parseInt(matcher.group(2)) == (start + 1) % 100 ? Optional.of(new AcademicYear(start))
                : Optional.empty();
    }

    /** The academic year {@code day} falls in. */
    static AcademicYear of(LocalDate day) {
        return new AcademicYear(day.getMonth().compareTo(Month.SEPTEMBER) >= 0 ? day.getYear() : day.getYear() - 1);
    }

    LocalDate firstDay() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    @Override
    public String toString() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

}
