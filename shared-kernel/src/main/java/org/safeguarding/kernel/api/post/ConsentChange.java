package org.safeguarding.kernel.api.post;

import java.time.Instant;

/**
 * One change to a pupil's consent register entry: the consent as recorded, or the written
 * consent behind it, with who changed it, when and why.
 */
public record ConsentChange(String ref, Instant at, String change, String by, String reason, String name,
        Boolean photoConsent, Boolean noPhotoList, WrittenConsent writtenConsent) {
}
