package org.safeguarding.incident.removal;

import org.safeguarding.kernel.api.incident.ContentRef;

/** The port to whatever removes content from the school's accounts: post-service, in production. */
public interface ContentRemoval {

    enum Outcome { REMOVED, REFUSED, UNAVAILABLE }

    record Result(Outcome outcome, String detail) {
    }

    /** Idempotent for the same incident: asking twice removes once. */
    Result remove(ContentRef content, String incidentId, String requestedBy);
}
