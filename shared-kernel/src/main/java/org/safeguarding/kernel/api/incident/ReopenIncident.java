package org.safeguarding.kernel.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.safeguarding.kernel.api.Reasoned;

/** Reopen a closed incident; the only command a closed incident takes. */
public record ReopenIncident(@TargetAggregateIdentifier String incidentId, String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
