package org.safeguarding.kernel.api.incident;

/** A note was added to the record. */
public record NoteAdded(String incidentId, String text) {
}
