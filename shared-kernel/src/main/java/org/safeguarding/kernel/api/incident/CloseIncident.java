package org.safeguarding.kernel.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.safeguarding.kernel.api.Reasoned;

/** Close the incident with its outcome and the rationale for it. */
public record CloseIncident(@TargetAggregateIdentifier String incidentId, Outcome outcome, String rationale,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {

    @Override
    public String reason() {
        return rationale;
    }
}
