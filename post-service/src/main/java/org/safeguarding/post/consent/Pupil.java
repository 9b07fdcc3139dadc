package org.safeguarding.post.consent;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.post.PupilConsentRecorded;
import org.safeguarding.kernel.api.post.RecordPupilConsent;

/**
 * A pupil's line in the consent register, kept as events so that every change of consent
 * or of the no-photo list says who made it, when and why. Identified by the pupil ref the
 * school's MIS gives.
 */
@Aggregate
class Pupil {

    @AggregateIdentifier
    private String ref;

    private String name;

    private boolean photoConsent;

    private boolean noPhotoList;

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordPupilConsent command, Actor actor) {
        if (!actor.hasAny(Role.ADMIN, Role.DSL) && !actor.isSystem()) {
            throw new RuleViolation(ConsentProblem.NOT_ADMIN_OR_DSL,
                    "Only the office or the DSL keep the consent register");
        }
        if (command.name() == null || command.name().isBlank()) {
            throw new RuleViolation(ConsentProblem.NAME_REQUIRED, "A pupil in the consent register has a name");
        }
        // Recording what the register already says leaves no event: the history shows
        // changes, not re-imports.
        if (ref != null && command.name().equals(name) && command.photoConsent() == photoConsent
                && command.noPhotoList() == noPhotoList) {
            return;
        }
        apply(new PupilConsentRecorded(command.ref(), command.name(), command.photoConsent(), command.noPhotoList()));
    }

    @EventSourcingHandler
    void on(PupilConsentRecorded event) {
        ref = event.ref();
        name = event.name();
        photoConsent = event.photoConsent();
        noPhotoList = event.noPhotoList();
    }

    /**
     * Axon rebuilds the aggregate from its events, and creates a new pupil, through this
     * constructor.
     */
    protected Pupil() {
    }

}
