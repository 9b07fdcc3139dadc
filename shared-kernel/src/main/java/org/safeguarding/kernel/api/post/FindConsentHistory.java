package org.safeguarding.kernel.api.post;

/**
 * Asks for every change to the consent register entry of the pupil with the person's ref
 * or name, as a list of {@link ConsentChange}.
 */
public record FindConsentHistory(DataSubject subject) {
}
