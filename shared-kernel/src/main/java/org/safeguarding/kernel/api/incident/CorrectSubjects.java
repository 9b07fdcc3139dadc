package org.safeguarding.kernel.api.incident;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.safeguarding.kernel.api.Reasoned;

/**
 * Put right who the incident is about, with the reason; routing follows the people it now
 * names.
 */
public record CorrectSubjects(@TargetAggregateIdentifier String incidentId, List<Subject> subjects, String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
