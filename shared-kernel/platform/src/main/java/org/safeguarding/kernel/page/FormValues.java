package org.safeguarding.kernel.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import org.safeguarding.kernel.problem.CommonProblem;
import org.springframework.validation.Errors;

/**
 * What a form's fields say, read as a request wants it: a choice of an enum's values, a
 * text, a time. What cannot be read (a choice not offered, a time that is not one) is
 * left out of the request and put beside its field, coded as the API's malformed request.
 */
public final class FormValues {

    private FormValues() {
    }

    /** The choice made, or null when none was. */
    public static <E extends Enum<E>> E choice(String value, Function<String, E> parse, String field, Errors errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        }
        catch (IllegalArgumentException notOffered) {
            errors.rejectValue(field, CommonProblem.MALFORMED_REQUEST.name(), "is not one of the choices");
            return null;
        }
    }

    /** A {@code datetime-local} field's time, or null when it says none. */
    public static Instant time(SchoolTimes times, String value, String field, Errors errors) {
        try {
            return times.fromField(value).orElse(null);
        }
        catch (DateTimeParseException unreadable) {
            errors.rejectValue(field, CommonProblem.MALFORMED_REQUEST.name(), "is not a date and time");
            return null;
        }
    }

    /** A {@code date} field's day, or null when it says none. */
    public static LocalDate date(String value, String field, Errors errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        }
        catch (DateTimeParseException unreadable) {
            errors.rejectValue(field, CommonProblem.MALFORMED_REQUEST.name(), "is not a date");
            return null;
        }
    }

    /** The text without the spaces around it; null when there is none. */
    public static String text(String value) {
        return blank(value) ? null : value.strip();
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

}
