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
import org.safeguarding.kernel.api.post.WrittenConsent;
import org.safeguarding.kernel.api.post.WrittenConsentRecorded;

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

    private WrittenConsent writtenConsent;

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
        WrittenConsent evidence = command.writtenConsent();
        if (evidence != null) {
            requireComplete(evidence);
        }
        // Recording what the register already says leaves no event: the history shows
        // changes, not re-imports.
        if (ref == null || !command.name().equals(name) || command.photoConsent() != photoConsent
                || command.noPhotoList() != noPhotoList) {
            apply(new PupilConsentRecorded(command.ref(), command.name(), command.photoConsent(),
                    command.noPhotoList()));
        }
        if (evidence != null && !evidence.equals(writtenConsent)) {
            apply(new WrittenConsentRecorded(command.ref(), evidence));
        }
    }

    private static void requireComplete(WrittenConsent evidence) {
        if (evidence.givenOn() == null || evidence.givenBy() == null || evidence.givenBy().isBlank()) {
            throw new RuleViolation(ConsentProblem.WRITTEN_CONSENT_INCOMPLETE,
                    "Written consent says when it was given and by whom");
        }
        if (AcademicYear.parse(evidence.academicYear()).isEmpty()) {
            throw new RuleViolation(ConsentProblem.INVALID_ACADEMIC_YEAR,
                    "Written consent covers an academic year, written like 2026/27");
        }
    }

    @EventSourcingHandler
    void on(PupilConsentRecorded event) {
        // The written permission was for the consent as it stood: a changed consent needs
        // its own.
        if (ref != null && event.photoConsent() != photoConsent) {
            writtenConsent = null;
        }
        ref = event.ref();
        name = event.name();
        photoConsent = event.photoConsent();
        noPhotoList = event.noPhotoList();
    }

    @EventSourcingHandler
    void on(WrittenConsentRecorded event) {
        writtenConsent = event.writtenConsent();
    }

    /**
     * Axon rebuilds the aggregate from its events, and creates a new pupil, through this
     * constructor.
     */
    protected Pupil() {
    }

}
