package org.safeguarding.kernel.api.post;

import org.safeguarding.kernel.api.PersonalData;

/** Leave to publish outside the posting window, with the reason the approver reads. */
public record Exemption(ExemptionKind kind, @PersonalData String reason) {
}
