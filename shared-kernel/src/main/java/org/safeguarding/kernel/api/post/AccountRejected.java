package org.safeguarding.kernel.api.post;

/** SLT turned the business case down. */
public record AccountRejected(String accountId, String rejectedBy, String reason) {
}
