package org.safeguarding.incident.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.RetentionRule;
import org.springframework.stereotype.Component;

/**
 * Turns an incident's facts into its retain-until date with the periods configured now,
 * so that a school changing a period changes every date at once. Of the rules that apply,
 * the one keeping the record longest sets the date. A record is never due while it is
 * open, held or already disposed of.
 */
@Component
class RetentionRules {

    /**
     * The school's days: a record kept until a date is kept through that date in London.
     */
    static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/London");

    static final String PUPIL_BIRTH_MISSING = "pupil's date of birth missing: kept 25 years from the report";

    static final String NO_PUPIL_NAMED = "no pupil named: kept 25 years from the report";

    static final String ADULT_BIRTH_MISSING = "adult's date of birth missing: retirement age not known, "
            + "kept 10 years from the allegation";

    private record Candidate(RetentionRule rule, LocalDate until, List<String> flags) {
    }

    private final RetentionProperties periods;

    RetentionRules(RetentionProperties periods) {
        this.periods = periods;
    }

    Retention of(RetentionFacts facts, LocalDate today) {
        List<Candidate> candidates = new ArrayList<>();
        if (facts.allegationAgainstAdult()) {
            candidates.add(allegation(facts));
        }
        if (isChildProtection(facts)) {
            candidates.add(childProtection(facts));
        }
        if (candidates.isEmpty()) {
            candidates.add(new Candidate(RetentionRule.E_SAFETY,
                    facts.closed() ? day(facts.closedAt()).plus(periods.eSafety()) : null, List.of()));
        }
        Candidate longest = candidates.stream()
            .max(Comparator.comparing(Candidate::until, Comparator.nullsLast(Comparator.naturalOrder())))
            .orElseThrow();
        boolean due = facts.closed() && !facts.legalHold() && facts.disposedAt() == null && longest.until() != null
                && today.isAfter(longest.until());
        return new Retention(facts.incidentId(), facts.form(), facts.category(), longest.rule(), longest.until(),
                longest.flags(), facts.closed() ? "CLOSED" : "OPEN", facts.outcome(), facts.legalHold(),
                facts.legalHoldReason(), due, facts.disposedAt());
    }

    /**
     * A concern on the yellow form or of a safeguarding category (not an allegation
     * against an adult, which has its own rule), and any allegation naming a child.
     */
    private static boolean isChildProtection(RetentionFacts facts) {
        if (facts.allegationAgainstAdult()) {
            return facts.pupils() > 0;
        }
        return facts.form() == Form.SAFEGUARDING || facts.category().isClearSafeguardingMatter();
    }

    /**
     * The youngest child's date of birth + 25 years. Where a child's date of birth is not
     * known, 25 years from the report, which is never sooner.
     */
    private Candidate childProtection(RetentionFacts facts) {
        LocalDate fromReport = day(facts.reportedAt()).plus(periods.childProtection());
        if (facts.pupils() == 0) {
            return new Candidate(RetentionRule.CHILD_PROTECTION, fromReport, List.of(NO_PUPIL_NAMED));
        }
        if (facts.pupilBirthMissing()) {
            return new Candidate(RetentionRule.CHILD_PROTECTION, fromReport, List.of(PUPIL_BIRTH_MISSING));
        }
        return new Candidate(RetentionRule.CHILD_PROTECTION, facts.latestPupilBirth().plus(periods.childProtection()),
                List.of());
    }

    /**
     * Until the adult's normal retirement age or 10 years from the allegation, whichever
     * is longer; without the adult's date of birth, the 10 years, flagged.
     */
    private Candidate allegation(RetentionFacts facts) {
        LocalDate tenYears = day(facts.reportedAt()).plus(periods.allegation());
        if (facts.adults() == 0 || facts.adultBirthMissing()) {
            LocalDate known = facts.latestAdultBirth() == null ? tenYears
                    : later(tenYears, facts.latestAdultBirth().plusYears(periods.retirementAge()));
            return new Candidate(RetentionRule.ALLEGATION_AGAINST_ADULT, known, List.of(ADULT_BIRTH_MISSING));
        }
        return new Candidate(RetentionRule.ALLEGATION_AGAINST_ADULT,
                later(tenYears, facts.latestAdultBirth().plusYears(periods.retirementAge())), List.of());
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, SCHOOL_ZONE);
    }

}
