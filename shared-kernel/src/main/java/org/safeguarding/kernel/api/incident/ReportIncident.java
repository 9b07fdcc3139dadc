package org.safeguarding.kernel.api.incident;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A member of staff reports a concern. {@code computingLeadAvailable} is the fact, looked
 * up when the report arrives, that decides where an e-safety form goes.
 */
public record ReportIncident(@TargetAggregateIdentifier String incidentId, Form form, Category category, String summary,
        String details, Instant occurredAt, Channel channel, String platform, ContentRef contentRef,
        List<Subject> subjects, boolean allegationAgainstAdult, boolean computingLeadAvailable) {
}
