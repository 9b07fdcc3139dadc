package org.safeguarding.kernel.api.incident;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The DSL imports an incident from a child-protection file another school transferred:
 * the incident as that school recorded it, with its whole chronology.
 * {@code closedThereAs} is the outcome the sending school closed it with, if it did.
 */
public record ReceiveIncident(@TargetAggregateIdentifier String incidentId, String transferId, String fromSchool,
        String originalIncidentId, Form form, Category category, String summary, String details, Instant occurredAt,
        Channel channel, String platform, List<Subject> subjects, boolean allegationAgainstAdult, Outcome closedThereAs,
        List<ReceivedStep> chronology) {
}
