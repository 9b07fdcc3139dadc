package org.safeguarding.incident.incident;

import java.time.Instant;

/**
 * The access log's entries after {@code after} up to {@code through} (ids), sealed into
 * the event store, whose MACs, chain and checkpoints then cover them: {@code entries} of
 * them, the oldest made at {@code oldest}, and {@code digest}, SHA-256 over each one's id
 * and MAC in order. An entry deleted behind the service's back no longer adds up.
 */
public record AccessLogSealed(long after, long through, long entries, Instant oldest, String digest) {
}
