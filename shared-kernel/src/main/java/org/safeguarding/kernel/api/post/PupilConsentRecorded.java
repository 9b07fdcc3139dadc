package org.safeguarding.kernel.api.post;

import org.safeguarding.kernel.api.DataSubjectKey;
import org.safeguarding.kernel.api.PersonalData;

/**
 * A pupil's line in the consent register as it stands from now on; who recorded it and
 * why are in the audit metadata. The name is a child's identity: it is never logged.
 */
public record PupilConsentRecorded(@DataSubjectKey String ref, @PersonalData String name, boolean photoConsent,
        boolean noPhotoList) {
}
