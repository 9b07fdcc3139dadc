package org.safeguarding.post.policy;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A post about a trip or visit still to come (000:57: "posts will not be made about
 * forthcoming visits"): words of a trip or visit together with a time after today, as the
 * school counts days (Europe/London): "tomorrow", "tonight", "next Tuesday", "this
 * Friday" (a weekday still ahead this week), or a date such as "25 November", "November
 * 25th" or "25/11" after today. Past visits ("yesterday", "last week", a date gone by)
 * are what the policy encourages sharing.
 */
final class ForthcomingVisit {

    private static final Pattern VISIT = Pattern.compile("(?<![\\p{L}])(?i:trips?|visits?|visiting|outing|excursion"
            + "|residential|day out|(?:we|we're|we are|we'll|we will|year \\d+|class \\w+) (?:go|are going|going|head"
            + "|are heading|heading|travel|set off|leave|are off|off) (?:to|for|on)|coach to)(?![\\p{L}])");

    private static final String WEEKDAYS = Arrays.stream(DayOfWeek.values())
        .map(day -> day.getDisplayName(TextStyle.FULL, Locale.UK))
        .collect(Collectors.joining("|"));

    private static final String MONTHS = Arrays.stream(Month.values())
        .map(month -> month.getDisplayName(TextStyle.FULL, Locale.UK) + "|"
                + month.getDisplayName(TextStyle.FULL, Locale.UK).substring(0, 3))
        .collect(Collectors.joining("|"));

    private static final Pattern SOON = Pattern.compile("(?<![\\p{L}])(?i:tomorrow|tonight|later today"
            + "|next (?:week|month|term|" + WEEKDAYS + "))(?![\\p{L}])");

    private static final Pattern THIS_WEEKDAY = Pattern
        .compile("(?<![\\p{L}])(?i:this|on|coming) (" + WEEKDAYS + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\p{N}])(\\d{1,2})(?:st|nd|rd|th)?(?: of)? (" + MONTHS + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    private static final Pattern MONTH_DAY = Pattern
        .compile("(?<![\\p{L}])(" + MONTHS + ") (\\d{1,2})(?:st|nd|rd|th)?(?![\\p{N}])", Pattern.CASE_INSENSITIVE);

    private static final Pattern NUMERIC = Pattern
        .compile("(?<![\\p{N}/])(\\d{1,2})/(\\d{1,2})(?:/(\\d{2}|\\d{4}))?(?![\\p{N}/])");

    private ForthcomingVisit() {
    }

    /**
     * The words that put a visit in the future, if text in plain letters announces one.
     */
    static Optional<String> in(String plainText, LocalDate today) {
        if (!VISIT.matcher(plainText).find()) {
            return Optional.empty();
        }
        Matcher soon = SOON.matcher(plainText);
        if (soon.find()) {
            return Optional.of(soon.group());
        }
        Matcher weekday = THIS_WEEKDAY.matcher(plainText);
        while (weekday.find()) {
            if (DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT)).compareTo(today.getDayOfWeek()) > 0) {
                return Optional.of(weekday.group());
            }
        }
        Matcher dayMonth = DAY_MONTH.matcher(plainText);
        while (dayMonth.find()) {
            if (isAfter(today, dayMonth.group(1), month(dayMonth.group(2)), null)) {
                return Optional.of(dayMonth.group());
            }
        }
        Matcher monthDay = MONTH_DAY.matcher(plainText);
        while (monthDay.find()) {
            if (isAfter(today, monthDay.group(2), month(monthDay.group(1)), null)) {
                return Optional.of(monthDay.group());
            }
        }
        Matcher numeric = NUMERIC.matcher(plainText);
        while (numeric.find()) {
            if (isAfter(today, numeric.group(1), Integer.parseInt(numeric.group(2)), numeric.group(3))) {
                return Optional.of(numeric.group());
            }
        }
        return Optional.empty();
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        return Arrays.stream(Month.values())
            .filter(month -> month.name().startsWith(prefix))
            .findFirst()
            .orElseThrow()
            .getValue();
    }

    /**
     * A date without a year is this year's: one already past is a visit that happened.
     */
    private static boolean isAfter(LocalDate today, String day, int month, String year) {
        try {
            int fullYear = year == null ? today.getYear()
                    : year.length() == 2 ? 2000 + Integer.parseInt(year) : Integer.parseInt(year);
            return LocalDate.of(fullYear, month, Integer.parseInt(day)).isAfter(today);
        }
        catch (DateTimeException notADate) {
            return false;
        }
    }

}
