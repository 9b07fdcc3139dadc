package org.safeguarding.kernel.api.post;

import org.safeguarding.kernel.api.DataSubjectKey;

/**
 * The written permission behind a pupil's consent as recorded from now on; who recorded
 * it and why are in the audit metadata. It follows the {@link PupilConsentRecorded} it
 * belongs to, and a change of photo consent without new evidence leaves none.
 */
public record WrittenConsentRecorded(@DataSubjectKey String ref, WrittenConsent writtenConsent) {
}
