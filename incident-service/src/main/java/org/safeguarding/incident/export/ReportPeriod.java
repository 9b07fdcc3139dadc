package org.safeguarding.incident.export;

import java.text.ParseException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.safeguarding.kernel.problem.CommonProblem;
import org.safeguarding.kernel.problem.ProblemWriter;
import org.springframework.format.datetime.standard.InstantFormatter;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The period an inspection report covers, from {@code from} (inclusive) to {@code to}
 * (exclusive). Each is written as an instant, or as a plain date in the school's zone:
 * {@code from} a date starts at the beginning of that day, {@code to} a date includes
 * that whole day.
 */
record ReportPeriod(Instant from, Instant to) {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * The instants Spring MVC accepted before dates were: ISO-8601, and the rest it
     * reads.
     */
    private static final InstantFormatter INSTANTS = new InstantFormatter();

    static ReportPeriod of(String from, String to) {
        return new ReportPeriod(bound("from", from, 0), bound("to", to, 1));
    }

    private static Instant bound(String parameter, String text, int daysAfter) {
        try {
            return DATE.matcher(text).matches()
                    ? LocalDate.parse(text).plusDays(daysAfter).atStartOfDay(WorkingCalendar.SCHOOL_ZONE).toInstant()
                    : INSTANTS.parse(text, Locale.ROOT);
        }
        catch (DateTimeException | ParseException e) {
            // Answered like any other value of the wrong type, with the forms that work.
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
                    ProblemWriter.problem(CommonProblem.MALFORMED_REQUEST,
                            "'" + text + "' is not a valid value for " + parameter
                                    + ": give a date (2025-09-01, Europe/London) or an instant (2025-09-01T07:00:00Z)"),
                    e);
        }
    }

}
