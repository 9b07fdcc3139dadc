package org.safeguarding.incident.staff;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.spring.stereotype.Aggregate;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.staff.SetStaffAvailability;
import org.safeguarding.kernel.api.staff.StaffAvailabilitySet;

/**
 * A person's availability, kept as events so that an inspector can see why a report went
 * where it went.
 */
@Aggregate
class StaffAvailability {

    @AggregateIdentifier
    private String username;

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetStaffAvailability command, Actor actor) {
        if (!actor.username().equals(command.username()) && !actor.has(Role.ADMIN)) {
            throw new RuleViolation(StaffProblem.NOT_YOUR_AVAILABILITY,
                    "Only the person themselves or an administrator sets availability");
        }
        apply(new StaffAvailabilitySet(command.username(), command.available(), command.until()));
    }

    @EventSourcingHandler
    void on(StaffAvailabilitySet event) {
        username = event.username();
    }

    /** Axon rebuilds the aggregate from its events through this constructor. */
    protected StaffAvailability() {
    }

}
