package org.safeguarding.kernel.api.post;

import org.safeguarding.kernel.api.DataSubjectKey;
import org.safeguarding.kernel.api.PersonalData;

/** The post went back to its author as a draft. */
public record PostRejected(@DataSubjectKey String postId, String rejectedBy, @PersonalData String reason) {
}
