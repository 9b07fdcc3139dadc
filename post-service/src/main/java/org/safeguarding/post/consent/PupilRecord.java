package org.safeguarding.post.consent;

import java.time.Instant;

import org.safeguarding.kernel.api.post.PupilConsent;

/** A pupil's line in the consent register, with who changed it last and when. */
record PupilRecord(String ref, String name, boolean photoConsent, boolean noPhotoList, String updatedBy,
        Instant updatedAt, long version) {

    PupilConsent consent() {
        return new PupilConsent(ref, name, photoConsent, noPhotoList);
    }
}
