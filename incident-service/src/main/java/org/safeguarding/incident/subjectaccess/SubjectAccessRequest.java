package org.safeguarding.incident.subjectaccess;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.incident.DeleteSubjectAccessFile;
import org.safeguarding.kernel.api.incident.ReleaseSubjectAccess;
import org.safeguarding.kernel.api.incident.RequestSubjectAccess;
import org.safeguarding.kernel.api.incident.SubjectAccessFileDeleted;
import org.safeguarding.kernel.api.incident.SubjectAccessReleased;
import org.safeguarding.kernel.api.incident.SubjectAccessRequested;

/**
 * A subject access request: made once, released once; its file deleted once its retention
 * period is over, after which it cannot be released. Its events name the person only by
 * pseudonym; who asked, when and why is in their audit metadata.
 */
@Aggregate
class SubjectAccessRequest {

    @AggregateIdentifier
    private String requestId;

    private String subjectPseudonym;

    private boolean released;

    private boolean fileDeleted;

    @CommandHandler
    SubjectAccessRequest(RequestSubjectAccess command) {
        apply(new SubjectAccessRequested(command.requestId(), command.subjectKind(), command.subjectPseudonym(),
                command.items()));
    }

    @CommandHandler
    void handle(ReleaseSubjectAccess command) {
        if (fileDeleted) {
            throw new RuleViolation(SubjectAccessProblem.SUBJECT_ACCESS_FILE_DELETED,
                    "This subject access request's bundle was deleted at the end of its retention period");
        }
        if (released) {
            throw new RuleViolation(SubjectAccessProblem.SUBJECT_ACCESS_ALREADY_RELEASED,
                    "This subject access request was released already");
        }
        apply(new SubjectAccessReleased(requestId, subjectPseudonym));
    }

    /** Once only: a retention pass that retries finds it done. */
    @CommandHandler
    void handle(DeleteSubjectAccessFile command, Actor actor) {
        if (!actor.isSystem()) {
            throw new IllegalStateException("Only the retention check deletes a subject access file");
        }
        if (!fileDeleted) {
            apply(new SubjectAccessFileDeleted(requestId, subjectPseudonym));
        }
    }

    @EventSourcingHandler
    void on(SubjectAccessRequested requested) {
        requestId = requested.requestId();
        subjectPseudonym = requested.subjectPseudonym();
    }

    @EventSourcingHandler
    void on(SubjectAccessReleased released) {
        this.released = true;
    }

    @EventSourcingHandler
    void on(SubjectAccessFileDeleted deleted) {
        fileDeleted = true;
    }

    /** Axon rebuilds the aggregate from its events through this constructor. */
    protected SubjectAccessRequest() {
    }

}
