package org.safeguarding.incident.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.Outcome;
import org.safeguarding.kernel.api.incident.RetentionRule;

/** Each retention rule's date, and when it falls due, as the days go by. */
class RetentionRulesTest {

    private static final Instant REPORTED = Instant.parse("2026-11-18T10:00:00Z");

    private static final Instant CLOSED = Instant.parse("2026-12-01T15:00:00Z");

    private static final LocalDate AMY_BORN = LocalDate.parse("2014-05-02");

    private static final LocalDate BEN_BORN = LocalDate.parse("2016-09-30");

    private final RetentionRules rules = new RetentionRules(new RetentionProperties(Period.ofYears(25),
            Period.ofYears(10), 67, Period.ofYears(6), Period.ofYears(6), Period.ofYears(6), Duration.ofDays(1)));

    private static RetentionFacts concern(Form form, Category category, int pupils, LocalDate latestPupilBirth,
            boolean pupilBirthMissing, Instant closedAt) {
        return new RetentionFacts("incident-1", form, category, false, REPORTED, pupils, latestPupilBirth,
                pupilBirthMissing, 0, null, false, closedAt, closedAt == null ? null : Outcome.RESOLVED, false, null,
                null);
    }

    private static RetentionFacts allegation(LocalDate adultBorn, boolean adultBirthMissing, Outcome outcome) {
        return new RetentionFacts("incident-2", Form.SAFEGUARDING, Category.STAFF_CONDUCT, true, REPORTED, 0, null,
                false, 1, adultBorn, adultBirthMissing, CLOSED, outcome, false, null, null);
    }

    @Test
    void aChildProtectionConcernIsKeptUntilTheYoungestPupilIs25() {
        Retention retention = rules.of(concern(Form.SAFEGUARDING, Category.CYBERBULLYING, 2, BEN_BORN, false, CLOSED),
                LocalDate.parse("2030-01-01"));

        assertThat(retention.rule()).isEqualTo(RetentionRule.CHILD_PROTECTION);
        assertThat(retention.retainUntil()).isEqualTo(LocalDate.parse("2041-09-30"));
        assertThat(retention.flags()).isEmpty();
        assertThat(retention.due()).isFalse();
        assertThat(rules
            .of(concern(Form.SAFEGUARDING, Category.CYBERBULLYING, 2, BEN_BORN, false, CLOSED),
                    LocalDate.parse("2041-09-30"))
            .due()).as("kept through the day it names").isFalse();
        assertThat(rules
            .of(concern(Form.SAFEGUARDING, Category.CYBERBULLYING, 2, BEN_BORN, false, CLOSED),
                    LocalDate.parse("2041-10-01"))
            .due()).isTrue();
    }

    @Test
    void aSafeguardingCategoryOnTheOrangeFormIsAChildProtectionConcern() {
        Retention retention = rules.of(concern(Form.E_SAFETY, Category.SEXUAL_IMAGERY, 1, AMY_BORN, false, CLOSED),
                LocalDate.parse("2030-01-01"));

        assertThat(retention.rule()).isEqualTo(RetentionRule.CHILD_PROTECTION);
        assertThat(retention.retainUntil()).isEqualTo(LocalDate.parse("2039-05-02"));
    }

    @Test
    void withoutAPupilsDateOfBirthAChildProtectionConcernIsKept25YearsFromTheReportAndFlagged() {
        Retention retention = rules.of(concern(Form.SAFEGUARDING, Category.CYBERBULLYING, 2, BEN_BORN, true, CLOSED),
                LocalDate.parse("2030-01-01"));

        assertThat(retention.retainUntil()).isEqualTo(LocalDate.parse("2051-11-18"));
        assertThat(retention.flags()).containsExactly(RetentionRules.PUPIL_BIRTH_MISSING);
    }

    @Test
    void aYellowFormNamingNoPupilIsKept25YearsFromTheReportAndFlagged() {
        Retention retention = rules.of(concern(Form.SAFEGUARDING, Category.OTHER, 0, null, false, CLOSED),
                LocalDate.parse("2030-01-01"));

        assertThat(retention.rule()).isEqualTo(RetentionRule.CHILD_PROTECTION);
        assertThat(retention.retainUntil()).isEqualTo(LocalDate.parse("2051-11-18"));
        assertThat(retention.flags()).containsExactly(RetentionRules.NO_PUPIL_NAMED);
    }

    @Test
    void anAllegationIsKeptToTheAdultsRetirementWhenThatIsLongerThanTenYears() {
        Retention retention = rules.of(allegation(LocalDate.parse("1990-03-15"), false, Outcome.SUBSTANTIATED),
                LocalDate.parse("2030-01-01"));

        assertThat(retention.rule()).isEqualTo(RetentionRule.ALLEGATION_AGAINST_ADULT);
        assertThat(retention.retainUntil()).isEqualTo(LocalDate.parse("2057-03-15"));
        assertThat(retention.flags()).isEmpty();
    }

    @Test
    void anAllegationAgainstAnAdultNearRetirementIsKeptTenYearsFromTheAllegation() {
        Retention retention = rules.of(allegation(LocalDate.parse("1962-01-01"), false, Outcome.UNSUBSTANTIATED),
                LocalDate.parse("2030-01-01"));

        assertThat(retention.retainUntil()).isEqualTo(LocalDate.parse("2036-11-18"));
        assertThat(rules
            .of(allegation(LocalDate.parse("1962-01-01"), false, Outcome.UNSUBSTANTIATED),
                    LocalDate.parse("2036-11-19"))
            .due()).isTrue();
    }

    @Test
    void withoutTheAdultsDateOfBirthAnAllegationIsKeptTenYearsAndFlagged() {
        Retention retention = rules.of(allegation(null, true, Outcome.UNFOUNDED), LocalDate.parse("2030-01-01"));

        assertThat(retention.retainUntil()).isEqualTo(LocalDate.parse("2036-11-18"));
        assertThat(retention.flags()).containsExactly(RetentionRules.ADULT_BIRTH_MISSING);
    }

    @Test
    void anAllegationFoundMaliciousIsKeptInTheSafeguardingRecordUnderTheAllegationRule() {
        Retention retention = rules.of(allegation(LocalDate.parse("1990-03-15"), false, Outcome.MALICIOUS),
                LocalDate.parse("2030-01-01"));

        assertThat(retention.rule()).isEqualTo(RetentionRule.ALLEGATION_AGAINST_ADULT);
        assertThat(retention.outcome()).isEqualTo(Outcome.MALICIOUS);
        assertThat(retention.retainUntil()).isEqualTo(LocalDate.parse("2057-03-15"));
    }

    @Test
    void anAllegationNamingAChildIsKeptAsLongAsTheChildsFile() {
        RetentionFacts namingAmy = new RetentionFacts("incident-3", Form.SAFEGUARDING, Category.INAPPROPRIATE_CONTACT,
                true, REPORTED, 1, AMY_BORN, false, 1, LocalDate.parse("1962-01-01"), false, CLOSED,
                Outcome.SUBSTANTIATED, false, null, null);

        Retention retention = rules.of(namingAmy, LocalDate.parse("2030-01-01"));

        assertThat(retention.rule()).isEqualTo(RetentionRule.CHILD_PROTECTION);
        assertThat(retention.retainUntil()).isEqualTo(LocalDate.parse("2039-05-02"));
    }

    @Test
    void anESafetyIncidentIsKeptSixYearsFromClosureAndHasNoDateWhileOpen() {
        Retention open = rules.of(concern(Form.E_SAFETY, Category.UNDERMINING_COMMENT, 0, null, false, null),
                LocalDate.parse("2040-01-01"));
        Retention closed = rules.of(concern(Form.E_SAFETY, Category.UNDERMINING_COMMENT, 0, null, false, CLOSED),
                LocalDate.parse("2032-12-02"));

        assertThat(open.rule()).isEqualTo(RetentionRule.E_SAFETY);
        assertThat(open.retainUntil()).isNull();
        assertThat(open.due()).isFalse();
        assertThat(closed.retainUntil()).isEqualTo(LocalDate.parse("2032-12-01"));
        assertThat(closed.due()).isTrue();
    }

    @Test
    void theSchoolsOwnPeriodsApply() {
        RetentionRules sevenYears = new RetentionRules(new RetentionProperties(Period.ofYears(25), Period.ofYears(10),
                67, Period.ofYears(7), Period.ofYears(6), Period.ofYears(6), Duration.ofDays(1)));

        assertThat(sevenYears
            .of(concern(Form.E_SAFETY, Category.COPYRIGHT, 0, null, false, CLOSED), LocalDate.parse("2032-12-02"))
            .retainUntil()).isEqualTo(LocalDate.parse("2033-12-01"));
    }

    @Test
    void aHeldOrDisposedRecordIsNeverDue() {
        RetentionFacts held = new RetentionFacts("incident-4", Form.E_SAFETY, Category.COPYRIGHT, false, REPORTED, 0,
                null, false, 0, null, false, CLOSED, Outcome.RESOLVED, true, "Inquiry", null);
        RetentionFacts disposed = new RetentionFacts("incident-5", Form.E_SAFETY, Category.COPYRIGHT, false, REPORTED,
                0, null, false, 0, null, false, CLOSED, Outcome.RESOLVED, false, null, CLOSED);

        assertThat(List.of(rules.of(held, LocalDate.parse("2050-01-01")),
                rules.of(disposed, LocalDate.parse("2050-01-01"))))
            .noneMatch(Retention::due);
    }

}
