package org.safeguarding.kernel.api.post;

import java.time.LocalDate;

import org.safeguarding.kernel.api.PersonalData;

/**
 * The written permission behind a pupil's photo consent (001:80): the day it was given,
 * who gave it and as what (a parent or carer), the form it was given on, and the academic
 * year it covers ({@code 2026/27}, 1 September to 31 August), when it lapses.
 */
public record WrittenConsent(LocalDate givenOn, @PersonalData String givenBy, String relationship, String formReference,
        String academicYear) {
}
