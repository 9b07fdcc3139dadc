package org.safeguarding.post.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AcademicYearTest {

    @Test
    void anAcademicYearRunsFromTheFirstOfSeptemberToTheThirtyFirstOfAugust() {
        AcademicYear year = AcademicYear.parse("2026/27").orElseThrow();
        assertThat(year.firstDay()).isEqualTo(LocalDate.parse("2026-09-01"));
        assertThat(year.lastDay()).isEqualTo(LocalDate.parse("2027-08-31"));
        assertThat(year).hasToString("2026/27");
        assertThat(AcademicYear.parse("2099/00")).contains(new AcademicYear(2099));
    }

    @Test
    void onlyAYearFollowedByTheNextIsAnAcademicYear() {
        assertThat(AcademicYear.parse("2026/28")).isEmpty();
        assertThat(AcademicYear.parse("2026-27")).isEmpty();
        assertThat(AcademicYear.parse("2026")).isEmpty();
        assertThat(AcademicYear.parse(null)).isEmpty();
    }

    @Test
    void aDayFallsInTheAcademicYearThatBeganTheSeptemberBefore() {
        assertThat(AcademicYear.of(LocalDate.parse("2027-08-31"))).hasToString("2026/27");
        assertThat(AcademicYear.of(LocalDate.parse("2027-09-01"))).hasToString("2027/28");
    }

}
