package org.safeguarding.post.consent;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.safeguarding.kernel.api.post.WrittenConsent;

/**
 * Reads a consent-register CSV ({@code ref,name,photoConsent,noPhotoList} with a header
 * line, and optionally the written consent's
 * {@code consentGivenOn,consentGivenBy,relationship,formReference,academicYear}): every
 * good row, and every bad one by its line number. Problems never quote a name, since they
 * may be logged or shown.
 */
final class ConsentCsv {

    static final Pattern REF = Pattern.compile("[A-Za-z0-9._-]{1,50}");

    private static final List<String> COLUMNS = List.of("ref", "name", "photoconsent", "nophotolist");

    private static final List<String> EVIDENCE_COLUMNS = List.of("consentgivenon", "consentgivenby", "relationship",
            "formreference", "academicyear");

    /** The MIS may write dates the British way. */
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd/MM/uuuu"));

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(false)
        .setTrim(true)
        .build();

    /** {@code writtenConsent} is null when the row gives none. */
    record Row(long line, String ref, String name, boolean photoConsent, boolean noPhotoList,
            WrittenConsent writtenConsent) {
    }

    record Problem(long line, String reason) {
    }

    record Result(List<Row> rows, List<Problem> problems) {
    }

    private ConsentCsv() {
    }

    /**
     * Empty when the header does not name the four columns; otherwise the rows and the
     * problems.
     */
    static Optional<Result> read(String csv) {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), FORMAT)) {
            Map<String, String> columns = new HashMap<>();
            parser.getHeaderNames()
                .forEach(header -> columns.put(header.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT), header));
            if (!columns.keySet().containsAll(COLUMNS)) {
                return Optional.empty();
            }
            List<Row> rows = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            Map<String, Long> firstLineOfRef = new HashMap<>();
            long lastLineRead = parser.getCurrentLineNumber();
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = lastLineRead + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                }
                catch (UncheckedIOException | IllegalStateException unreadable) {
                    problems.add(new Problem(line, "The file cannot be read from this line on (an unclosed quote?)"));
                    break;
                }
                lastLineRead = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                String problem = problemOf(record, columns, firstLineOfRef);
                if (problem != null) {
                    problems.add(new Problem(line, problem));
                }
                else {
                    String name = value(record, columns, "name").replaceAll("\\s+", " ");
                    rows.add(new Row(line, value(record, columns, "ref"), name,
                            yes(value(record, columns, "photoconsent")), yes(value(record, columns, "nophotolist")),
                            writtenConsent(record, columns)));
                    firstLineOfRef.put(value(record, columns, "ref"), line);
                }
            }
            return Optional.of(new Result(List.copyOf(rows), List.copyOf(problems)));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why the row cannot be taken, or null when it can. */
    private static String problemOf(CSVRecord record, Map<String, String> columns, Map<String, Long> firstLineOfRef) {
        if (!record.isConsistent()) {
            return "Expected " + columns.size() + " values, found " + record.size();
        }
        String ref = value(record, columns, "ref");
        if (!REF.matcher(ref).matches()) {
            return "ref must be 1 to 50 letters, digits, '.', '_' or '-'";
        }
        if (firstLineOfRef.containsKey(ref)) {
            return "ref " + ref + " was already given on line " + firstLineOfRef.get(ref);
        }
        String name = value(record, columns, "name");
        if (name.isEmpty() || name.length() > 200) {
            return "name must be 1 to 200 characters";
        }
        for (String column : List.of("photoconsent", "nophotolist")) {
            if (yesOrNo(value(record, columns, column)) == null) {
                return columns.get(column) + " must be true or false (or yes/no, y/n, 1/0)";
            }
        }
        return problemOfWrittenConsent(record, columns);
    }

    /** A row gives the written consent whole, or none of it. */
    private static String problemOfWrittenConsent(CSVRecord record, Map<String, String> columns) {
        if (EVIDENCE_COLUMNS.stream().allMatch(column -> value(record, columns, column).isEmpty())) {
            return null;
        }
        if (date(value(record, columns, "consentgivenon")) == null) {
            return "consentGivenOn must be a date such as 2026-09-03 or 03/09/2026";
        }
        String givenBy = value(record, columns, "consentgivenby");
        if (givenBy.isEmpty() || givenBy.length() > 200) {
            return "consentGivenBy must be 1 to 200 characters";
        }
        if (value(record, columns, "relationship").length() > 100
                || value(record, columns, "formreference").length() > 100) {
            return "relationship and formReference are at most 100 characters";
        }
        if (AcademicYear.parse(value(record, columns, "academicyear")).isEmpty()) {
            return "academicYear must be written like 2026/27";
        }
        return null;
    }

    private static WrittenConsent writtenConsent(CSVRecord record, Map<String, String> columns) {
        LocalDate givenOn = date(value(record, columns, "consentgivenon"));
        return givenOn == null ? null
                : new WrittenConsent(givenOn, value(record, columns, "consentgivenby").replaceAll("\\s+", " "),
                        emptyAsNull(value(record, columns, "relationship")),
                        emptyAsNull(value(record, columns, "formreference")), value(record, columns, "academicyear"));
    }

    private static LocalDate date(String value) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            }
            catch (DateTimeParseException notThisFormat) {
                // try the next
            }
        }
        return null;
    }

    private static String emptyAsNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String value(CSVRecord record, Map<String, String> columns, String column) {
        String header = columns.get(column);
        String value = header != null && record.isSet(header) ? record.get(header) : null;
        return value == null ? "" : value.trim();
    }

    private static boolean yes(String value) {
        return Boolean.TRUE.equals(yesOrNo(value));
    }

    private static Boolean yesOrNo(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> Boolean.TRUE;
            case "false", "no", "n", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

}
