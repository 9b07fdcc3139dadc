package org.safeguarding.kernel.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Add a note to the incident's record. */
public record AddNote(@TargetAggregateIdentifier String incidentId, String text,
        @TargetAggregateVersion Long expectedVersion) {
}
