package org.safeguarding.kernel.api.post;

import java.time.LocalDate;

/**
 * One pupil in the consent register. The name is a child's identity: it is matched
 * against posts and never logged. {@code consentLapsesAfter} is the last day the written
 * consent covers (the end of its academic year); none when no written consent says.
 */
public record PupilConsent(String ref, String name, boolean photoConsent, boolean noPhotoList,
        LocalDate consentLapsesAfter) {

    public PupilConsent(String ref, String name, boolean photoConsent, boolean noPhotoList) {
        this(ref, name, photoConsent, noPhotoList, null);
    }

    /** Photo consent holds on {@code day}: given, and its academic year not yet over. */
    public boolean consentsOn(LocalDate day) {
        return photoConsent && (consentLapsesAfter == null || !day.isAfter(consentLapsesAfter));
    }

    public boolean hasLapsedOn(LocalDate day) {
        return photoConsent && !consentsOn(day);
    }
}
