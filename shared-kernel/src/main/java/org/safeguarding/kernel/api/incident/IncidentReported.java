package org.safeguarding.kernel.api.incident;

import java.time.Instant;
import java.util.List;

import org.safeguarding.kernel.Role;

/**
 * A concern was reported and routed: {@code level} and {@code assignedRole} say where it
 * went and {@code routing} says why. {@code ladoDecisionDue} is set only for an
 * allegation against an adult.
 */
public record IncidentReported(String incidentId, Form form, Category category, String summary, String details,
        Instant occurredAt, Channel channel, String platform, ContentRef contentRef, List<Subject> subjects,
        boolean allegationAgainstAdult, Level level, Role assignedRole, String routing, String reportedBy,
        Instant reportedAt, Instant acknowledgeBy, Instant ladoDecisionDue) {
}
