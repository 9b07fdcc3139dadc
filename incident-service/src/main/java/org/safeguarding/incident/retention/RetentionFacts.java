package org.safeguarding.incident.retention;

import java.time.Instant;
import java.time.LocalDate;

import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.Outcome;

/**
 * What the events say about an incident that decides how long it is kept: kept by the
 * retention projection, turned into a date by {@link RetentionRules} with the periods
 * configured now.
 *
 * @param pupils how many pupils it names
 * @param latestPupilBirth the youngest named pupil's date of birth, if any is known
 * @param pupilBirthMissing some named pupil's date of birth is not known
 * @param adults how many adults who work with children it names
 * @param latestAdultBirth the youngest such adult's date of birth, if any is known
 * @param adultBirthMissing some such adult's date of birth is not known
 */
record RetentionFacts(String incidentId, Form form, Category category, boolean allegationAgainstAdult,
        Instant reportedAt, int pupils, LocalDate latestPupilBirth, boolean pupilBirthMissing, int adults,
        LocalDate latestAdultBirth, boolean adultBirthMissing, Instant closedAt, Outcome outcome, boolean legalHold,
        String legalHoldReason, Instant disposedAt) {

    boolean closed() {
        return closedAt != null;
    }

}
