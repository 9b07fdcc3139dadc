package org.safeguarding.kernel.api.post;

/**
 * A pupil in the consent register by ref and name only: what incident-service needs to
 * keep pupils from governors.
 */
public record PupilName(String ref, String name) {
}
