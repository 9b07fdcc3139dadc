package org.safeguarding.kernel.api.post;

/** Leave to publish outside the posting window, with the reason the approver reads. */
public record Exemption(ExemptionKind kind, String reason) {
}
