package org.safeguarding.post.staff;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.post.AcknowledgePolicy;
import org.safeguarding.kernel.api.post.PolicyAcknowledged;
import org.safeguarding.kernel.api.post.RecordTraining;
import org.safeguarding.kernel.api.post.StaffMemberId;
import org.safeguarding.kernel.api.post.TrainingRecorded;
import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.safeguarding.post.policy.SchoolPolicy;

/**
 * A member of staff as the social media policy knows them, keyed by their directory
 * username ({@link StaffMemberId}): the induction and training they completed
 * (002:130-136, 003:79-82) and the versions of the policy they read and understood
 * (001:46).
 */
@Aggregate
class StaffMember {

    @AggregateIdentifier
    private String staffMemberId;

    private final Set<String> acknowledgedVersions = new HashSet<>();

    /**
     * Recorded by those who run the training or the accounts: the office, SLT, the
     * headteacher, the computing lead.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordTraining command, Actor actor, Clock clock) {
        if (!actor.hasAny(Role.ADMIN, Role.SLT, Role.HEADTEACHER, Role.COMPUTING_LEAD)) {
            throw new RuleViolation(StaffProblem.NOT_A_TRAINING_RECORDER,
                    "Only the office, SLT, the headteacher or the computing lead record training");
        }
        if (command.completedOn().isAfter(LocalDate.now(clock.withZone(WorkingCalendar.SCHOOL_ZONE)))) {
            throw new RuleViolation(StaffProblem.COMPLETED_IN_THE_FUTURE,
                    "Training is recorded once it is completed; " + command.completedOn() + " is still to come");
        }
        apply(new TrainingRecorded(command.username(), command.kind(), command.completedOn(), command.note(),
                actor.username()));
    }

    /**
     * Only the person themself states that they read the policy, and only its current
     * version; saying it again adds nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AcknowledgePolicy command, Actor actor, SchoolPolicy policy, Clock clock) {
        if (!actor.username().equals(command.username())) {
            throw new RuleViolation(StaffProblem.OWN_ACKNOWLEDGEMENT_ONLY,
                    "Each member of staff acknowledges the policy for themself");
        }
        if (!policy.version().equals(command.version())) {
            throw new RuleViolation(StaffProblem.NOT_THE_CURRENT_VERSION,
                    "The current version of the policy is " + policy.version() + ", not " + command.version());
        }
        if (acknowledgedVersions.contains(command.version())) {
            return;
        }
        apply(new PolicyAcknowledged(command.username(), command.version(), clock.instant()));
    }

    @EventSourcingHandler
    void on(TrainingRecorded event) {
        staffMemberId = StaffMemberId.of(event.username());
    }

    @EventSourcingHandler
    void on(PolicyAcknowledged event) {
        staffMemberId = StaffMemberId.of(event.username());
        acknowledgedVersions.add(event.version());
    }

    /**
     * Axon rebuilds the aggregate from its events, and creates a new record, through this
     * constructor.
     */
    protected StaffMember() {
    }

}
