package org.safeguarding.kernel.api.post;

/** Asks for the whole consent register, as a list of {@link PupilConsent}. */
public record FindPupilConsents() {
}
