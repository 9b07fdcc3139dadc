package org.safeguarding.kernel.api.post;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A member of staff states that they have read and understood this version of the
 * school's policy.
 */
public record AcknowledgePolicy(String username, String version) {

    @TargetAggregateIdentifier
    public String staffMemberId() {
        return StaffMemberId.of(username);
    }

}
