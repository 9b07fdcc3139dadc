package org.safeguarding.incident.timeline;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The part of the chronology a reporter without other need to know sees: that it was
 * reported, received, moved between levels, closed and reopened, and their own notes.
 * Advice, referrals, the LADO decision, moderation, others' notes and every reason given
 * (a closure's rationale among them) stay in the case file.
 */
final class ReportersTimeline {

    private static final Set<String> STEPS_SHOWN = Set.of("IncidentReported", "IncidentAcknowledged", "EscalatedToDSL",
            "EscalatedToSLT", "IncidentReopened");

    private ReportersTimeline() {
    }

    static List<TimelineEntry> of(List<TimelineEntry> entries, String reporter) {
        return entries.stream().flatMap(entry -> shown(entry, reporter).stream()).toList();
    }

    private static Optional<TimelineEntry> shown(TimelineEntry entry, String reporter) {
        if (entry.type().equals("NoteAdded")) {
            return reporter.equals(entry.actor().username()) ? Optional.of(entry) : Optional.empty();
        }
        if (entry.type().equals("IncidentClosed")) {
            return Optional.of(withoutReason(entry, "Closed")); // the outcome is on the
                                                                // view; its rationale is
                                                                // not
        }
        return STEPS_SHOWN.contains(entry.type()) ? Optional.of(withoutReason(entry, entry.summary()))
                : Optional.empty();
    }

    private static TimelineEntry withoutReason(TimelineEntry entry, String summary) {
        return new TimelineEntry(entry.seq(), entry.at(), entry.type(), entry.actor(), null, summary);
    }

}
