package org.safeguarding.kernel.api.incident;

import java.time.Instant;
import java.util.List;

import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.api.DataSubjectKey;
import org.safeguarding.kernel.api.PersonalData;

/**
 * An incident arrived in a child-protection file from another school, with the chronology
 * the sending school recorded, and was routed to the DSL who imported it: it starts here
 * open and picked up by them.
 */
public record IncidentReceived(@DataSubjectKey String incidentId, String transferId, String fromSchool,
        String originalIncidentId, Form form, Category category, @PersonalData String summary,
        @PersonalData String details, Instant occurredAt, Channel channel, String platform, List<Subject> subjects,
        boolean allegationAgainstAdult, Outcome closedThereAs, @PersonalData List<ReceivedStep> chronology, Level level,
        Role assignedRole, String routing, String receivedBy, Instant receivedAt) {
}
