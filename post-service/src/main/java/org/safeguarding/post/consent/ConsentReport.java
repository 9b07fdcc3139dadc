package org.safeguarding.post.consent;

import java.time.LocalDate;
import java.util.List;

import org.safeguarding.kernel.calendar.SchoolTerms;

/**
 * Whose photo consent lapses this term, whose has lapsed, and whose rests on no written
 * evidence: what the office chases before the summer's forms are due. Only pupils with
 * photo consent are listed.
 */
record ConsentReport(SchoolTerms.Term term, List<Line> lapsingThisTerm, List<Line> lapsed,
        List<Line> withoutWrittenEvidence) {

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

    static ConsentReport of(List<PupilRecord> consented, LocalDate today, SchoolTerms terms) {
        SchoolTerms.Term term = terms.containing(today);
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
