package org.safeguarding.kernel.api.incident;

import java.time.Instant;
import java.util.List;

import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.api.DataSubjectKey;
import org.safeguarding.kernel.api.PersonalData;

/**
 * A concern was reported and routed: {@code level} and {@code assignedRole} say where it
 * went and {@code routing} says why. {@code ladoDecisionDue} is set only for an
 * allegation against an adult.
 */
public record IncidentReported(@DataSubjectKey String incidentId, Form form, Category category,
        @PersonalData String summary, @PersonalData String details, Instant occurredAt, Channel channel,
        String platform, ContentRef contentRef, List<Subject> subjects, boolean allegationAgainstAdult, Level level,
        Role assignedRole, String routing, String reportedBy, Instant reportedAt, Instant acknowledgeBy,
        Instant ladoDecisionDue) {
}
