package org.safeguarding.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SchoolTermsTest {

    private final SchoolTerms terms = SchoolTerms.startingOn(List.of("09-01", " 01-01", "04-01"));

    @Test
    void aTermRunsFromItsStartToTheDayBeforeTheNextAcrossTheNewYear() {
        assertThat(terms.containing(LocalDate.parse("2027-05-10")))
            .isEqualTo(new SchoolTerms.Term(LocalDate.parse("2027-04-01"), LocalDate.parse("2027-08-31")));
        assertThat(terms.containing(LocalDate.parse("2026-11-18")))
            .isEqualTo(new SchoolTerms.Term(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-12-31")));
        assertThat(terms.containing(LocalDate.parse("2027-01-01")).starts()).isEqualTo("2027-01-01");
    }

    @Test
    void theNextTermStartsStrictlyAfterTheDay() {
        assertThat(terms.nextStartAfter(LocalDate.parse("2026-12-31"))).isEqualTo("2027-01-01");
        assertThat(terms.nextStartAfter(LocalDate.parse("2027-01-01"))).isEqualTo("2027-04-01");
        assertThat(terms.nextStartAfter(LocalDate.parse("2027-06-30"))).isEqualTo("2027-09-01");
    }

    @Test
    void aTermContainsItsFirstAndLastDayOnly() {
        SchoolTerms.Term autumn = terms.containing(LocalDate.parse("2026-10-01"));
        assertThat(autumn.contains(LocalDate.parse("2026-09-01"))).isTrue();
        assertThat(autumn.contains(LocalDate.parse("2026-12-31"))).isTrue();
        assertThat(autumn.contains(LocalDate.parse("2027-01-01"))).isFalse();
    }

    @Test
    void aYearWithoutTermsIsRefused() {
        assertThatThrownBy(() -> SchoolTerms.startingOn(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

}
