package org.safeguarding.kernel.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.safeguarding.kernel.api.Reasoned;

/**
 * Record that the DSL reviewed the gathered records and released them to the person; the
 * note says what was withheld and why.
 */
public record ReleaseSubjectAccess(@TargetAggregateIdentifier String requestId, String note) implements Reasoned {

    @Override
    public String reason() {
        return note;
    }

}
