package org.safeguarding.kernel.api.post;

/**
 * One pupil in the consent register. The name is a child's identity: it is matched
 * against posts and never logged.
 */
public record PupilConsent(String ref, String name, boolean photoConsent, boolean noPhotoList) {
}
