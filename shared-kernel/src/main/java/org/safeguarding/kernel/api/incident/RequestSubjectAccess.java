package org.safeguarding.kernel.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.kernel.api.Reasoned;

/**
 * Record a subject access request: the person is named only by their pseudonym, so that
 * the record governors read does not say who asked for their data; {@code items} is how
 * much was gathered for the DSL to review.
 */
public record RequestSubjectAccess(@TargetAggregateIdentifier String requestId, DataSubjectKind subjectKind,
        String subjectPseudonym, int items, String reason) implements Reasoned {
}
