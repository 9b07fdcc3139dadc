package org.safeguarding.kernel.api.incident;

/** A post or comment on one of the school's own accounts, as post-service knows it. */
public record ContentRef(ContentType type, String id) {
}
