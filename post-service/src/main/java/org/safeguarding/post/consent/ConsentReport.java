package org.safeguarding.post.consent;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whose photo consent lapses this term, whose has lapsed, and whose rests on no written
 * evidence: what the office chases before the summer's forms are due. Only pupils with
 * photo consent are listed.
 */
record ConsentReport(Term term, List<Line> lapsingThisTerm, List<Line> lapsed, List<Line> withoutWrittenEvidence) {

    /** A term from its first day to its last, in the school's calendar. */
    record Term(LocalDate starts, LocalDate ends) {

        /**
         * The term {@code day} falls in, from the school's term starts
         * ({@code safeguarding.accounts.term-starts}).
         */
        static Term of(LocalDate day, List<MonthDay> termStarts) {
            List<LocalDate> starts = Stream.of(day.getYear() - 1, day.getYear(), day.getYear() + 1)
                .flatMap(year -> termStarts.stream().map(start -> start.atYear(year)))
                .sorted()
                .toList();
            LocalDate start = starts.stream()
                .filter(each -> !each.isAfter(day))
                .max(Comparator.naturalOrder())
                .orElseThrow();
            LocalDate next = starts.stream()
                .filter(each -> each.isAfter(day))
                .min(Comparator.naturalOrder())
                .orElseThrow();
            return new Term(start, next.minusDays(1));
        }

        boolean contains(LocalDate day) {
            return !day.isBefore(starts) && !day.isAfter(ends);
        }
    }

    /**
     * A pupil as the report lists them; the evidence's year and last day when there is
     * some.
     */
    record Line(String ref, String name, String academicYear, LocalDate lapsesAfter) {

        static Line of(PupilRecord pupil) {
            PupilRecord.Evidence evidence = pupil.writtenConsent();
            return new Line(pupil.ref(), pupil.name(), evidence == null ? null : evidence.academicYear(),
                    evidence == null ? null : evidence.lapsesAfter());
        }
    }

    static ConsentReport of(List<PupilRecord> consented, LocalDate today, List<MonthDay> termStarts) {
        Term term = Term.of(today, termStarts);
        List<Line> lapsing = consented.stream()
            .filter(pupil -> pupil.writtenConsent() != null && !pupil.writtenConsent().lapsed()
                    && term.contains(pupil.writtenConsent().lapsesAfter()))
            .map(Line::of)
            .toList();
        List<Line> lapsed = consented.stream()
            .filter(pupil -> pupil.writtenConsent() != null && pupil.writtenConsent().lapsed())
            .map(Line::of)
            .toList();
        List<Line> without = consented.stream().filter(PupilRecord::lacksWrittenEvidence).map(Line::of).toList();
        return new ConsentReport(term, lapsing, lapsed, without);
    }

}
