package org.safeguarding.kernel.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.safeguarding.kernel.api.Reasoned;

/** Record what was done, or is to be done, about the content the incident concerns. */
public record RecordModerationAction(@TargetAggregateIdentifier String incidentId, String actionId,
        ModerationActionType action, String note, @TargetAggregateVersion Long expectedVersion) implements Reasoned {

    @Override
    public String reason() {
        return note;
    }
}
