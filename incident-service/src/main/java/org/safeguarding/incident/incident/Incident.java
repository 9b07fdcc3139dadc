package org.safeguarding.incident.incident;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.incident.AcknowledgeIncident;
import org.safeguarding.kernel.api.incident.AddEvidence;
import org.safeguarding.kernel.api.incident.AddNote;
import org.safeguarding.kernel.api.incident.AdviceRecorded;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Channel;
import org.safeguarding.kernel.api.incident.CloseIncident;
import org.safeguarding.kernel.api.incident.CompleteModerationAction;
import org.safeguarding.kernel.api.incident.CorrectSubjects;
import org.safeguarding.kernel.api.incident.ContentRef;
import org.safeguarding.kernel.api.incident.ContentType;
import org.safeguarding.kernel.api.incident.DeadlineKind;
import org.safeguarding.kernel.api.incident.DeadlineMissed;
import org.safeguarding.kernel.api.incident.DeadlineReinstated;
import org.safeguarding.kernel.api.incident.DecideNotToReferToLado;
import org.safeguarding.kernel.api.incident.DecidedNotToReferToLADO;
import org.safeguarding.kernel.api.incident.EscalateToDsl;
import org.safeguarding.kernel.api.incident.EscalateToSlt;
import org.safeguarding.kernel.api.incident.EscalatedToDSL;
import org.safeguarding.kernel.api.incident.EscalatedToSLT;
import org.safeguarding.kernel.api.incident.EvidenceAdded;
import org.safeguarding.kernel.api.incident.FailModerationAction;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.IncidentAcknowledged;
import org.safeguarding.kernel.api.incident.IncidentClosed;
import org.safeguarding.kernel.api.incident.IncidentReceived;
import org.safeguarding.kernel.api.incident.IncidentReopened;
import org.safeguarding.kernel.api.incident.IncidentReported;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.api.incident.PlaceLegalHold;
import org.safeguarding.kernel.api.incident.LiftLegalHold;
import org.safeguarding.kernel.api.incident.LegalHoldPlaced;
import org.safeguarding.kernel.api.incident.LegalHoldLifted;
import org.safeguarding.kernel.api.incident.IncidentDisposed;
import org.safeguarding.kernel.api.incident.DisposeIncident;
import org.safeguarding.kernel.api.incident.ModerationActionCompleted;
import org.safeguarding.kernel.api.incident.ModerationActionFailed;
import org.safeguarding.kernel.api.incident.ModerationActionRecorded;
import org.safeguarding.kernel.api.incident.ModerationActionType;
import org.safeguarding.kernel.api.incident.ModerationStatus;
import org.safeguarding.kernel.api.incident.NoteAdded;
import org.safeguarding.kernel.api.incident.ReceiveIncident;
import org.safeguarding.kernel.api.incident.RecordAdvice;
import org.safeguarding.kernel.api.incident.RecordDeadlineMissed;
import org.safeguarding.kernel.api.incident.RecordModerationAction;
import org.safeguarding.kernel.api.incident.ReferToLado;
import org.safeguarding.kernel.api.incident.ReferToPolice;
import org.safeguarding.kernel.api.incident.Referral;
import org.safeguarding.kernel.api.incident.ReferredToLADO;
import org.safeguarding.kernel.api.incident.ReferredToPolice;
import org.safeguarding.kernel.api.incident.ReinstateDeadline;
import org.safeguarding.kernel.api.incident.ReopenIncident;
import org.safeguarding.kernel.api.incident.ReportIncident;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.incident.SubjectsCorrected;
import org.safeguarding.kernel.audit.AuditMetaData;

/**
 * An incident, from report to closure: where it is on the escalation ladder, who manages
 * it, whether someone has picked it up, and the rules of who may do what to it. Every
 * decision here is an event with its actor in the metadata.
 */
@Aggregate
class Incident {

    @AggregateIdentifier
    private String incidentId;

    private String reportedBy;

    private Form form;

    private Category category;

    private Level level;

    private Role assignedRole;

    private boolean acknowledged;

    private Instant assignedAt;

    private Instant acknowledgeBy;

    private boolean closed;

    private boolean allegationAgainstAdult;

    private boolean ladoDecisionPending;

    private Instant ladoDecisionDue;

    private List<Subject> subjects;

    private Channel channel;

    private ContentRef contentRef;

    private final Set<Referral> referrals = EnumSet.noneOf(Referral.class);

    private final Set<DeadlineKind> missedDeadlines = EnumSet.noneOf(DeadlineKind.class);

    private final Set<String> pendingModerationActions = new HashSet<>();

    private boolean legalHold;

    private boolean disposed;

    @CommandHandler
    Incident(ReportIncident command, Actor actor, EscalationTimetable timetable, StaffRoles staff) {
        if (!actor.has(Role.STAFF)) {
            throw new RuleViolation(IncidentProblem.NOT_STAFF, "Only members of staff report incidents");
        }
        if (command.contentRef() != null && command.channel() != Channel.SCHOOL_ACCOUNT) {
            throw new RuleViolation(IncidentProblem.CONTENT_REF_NEEDS_SCHOOL_ACCOUNT,
                    "contentRef names a post or comment on a school account, so channel must be SCHOOL_ACCOUNT");
        }
        Routing routing = Routing.of(command, staff);
        Instant now = timetable.now();
        apply(new IncidentReported(command.incidentId(), command.form(), command.category(), command.summary(),
                command.details(), command.occurredAt(), command.channel(), command.platform(), command.contentRef(),
                List.copyOf(command.subjects()), command.allegationAgainstAdult(), routing.level(),
                routing.assignedRole(), routing.reason(), actor.username(), now, timetable.acknowledgeBy(now),
                command.allegationAgainstAdult() ? timetable.ladoDecisionDue(now) : null));
    }

    /**
     * A child-protection file from the pupil's previous school: each of its incidents
     * starts here with the DSL who imported it, already picked up by them, so no
     * acknowledgement clock runs; the sending school's chronology comes with it.
     */
    @CommandHandler
    Incident(ReceiveIncident command, Actor actor, EscalationTimetable timetable) {
        if (!actor.has(Role.DSL)) {
            throw new RuleViolation(IncidentProblem.DSL_OR_HEADTEACHER_ONLY,
                    "Only the DSL imports a child-protection file from another school");
        }
        apply(new IncidentReceived(command.incidentId(), command.transferId(), command.fromSchool(),
                command.originalIncidentId(), command.form(), command.category(), command.summary(), command.details(),
                command.occurredAt(), command.channel(), command.platform(), List.copyOf(command.subjects()),
                command.allegationAgainstAdult(), command.closedThereAs(), List.copyOf(command.chronology()), Level.DSL,
                Role.DSL, "Received from " + command.fromSchool() + " in a child-protection file; routed to the DSL",
                actor.username(), timetable.now()));
    }

    /**
     * No one acts on an incident they may not see, least of all the adult it names; a
     * reporter without other need to know adds notes and nothing else. The timers act as
     * the system.
     */
    @CommandHandlerInterceptor
    Object requireNeedToKnow(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        if (disposed) {
            throw new RuleViolation(IncidentProblem.INCIDENT_DISPOSED,
                    "The incident's record has been disposed of; it takes no more steps");
        }
        Actor actor = AuditMetaData.actorOf(command.getMetaData());
        if (!actor.isSystem()) {
            Sight sight = NeedToKnow.sightOf(actor, accessFacts());
            if (!sight.atLeast(Sight.REPORTER)) {
                throw new RuleViolation(IncidentProblem.NO_NEED_TO_KNOW, "You have no need to know this incident");
            }
            if (!sight.atLeast(Sight.CASE_FILE)
                    && !(command.getPayload() instanceof AddNote || command.getPayload() instanceof AddEvidence)) {
                throw new RuleViolation(IncidentProblem.REPORTER_ADDS_NOTES_ONLY,
                        "As its reporter you may add notes; the rest is for those who see the case file");
            }
        }
        return chain.proceed();
    }

    @CommandHandler
    void handle(AcknowledgeIncident command, Actor actor, EscalationTimetable timetable) {
        requireOpen();
        requireWithinReach(actor, "acknowledge");
        if (acknowledged) {
            throw new RuleViolation(IncidentProblem.ALREADY_ACKNOWLEDGED,
                    "The incident has already been acknowledged at this level");
        }
        apply(new IncidentAcknowledged(incidentId, level, assignedAt, timetable.now()));
    }

    @CommandHandler
    void handle(EscalateToDsl command, Actor actor, EscalationTimetable timetable) {
        escalate(Level.DSL, command.reason(), actor, timetable);
    }

    @CommandHandler
    void handle(EscalateToSlt command, Actor actor, EscalationTimetable timetable) {
        escalate(Level.SLT, command.reason(), actor, timetable);
    }

    private void escalate(Level to, String reason, Actor actor, EscalationTimetable timetable) {
        requireOpen();
        if (!to.isAbove(level)) {
            throw new RuleViolation(IncidentProblem.ESCALATION_NOT_UPWARDS,
                    "The incident is already at " + level + "; escalation only goes up");
        }
        if (actor.isSystem()) {
            if (acknowledged) {
                throw new RuleViolation(IncidentProblem.ALREADY_ACKNOWLEDGED,
                        "Acknowledged in time; no automatic escalation");
            }
        }
        else {
            requireWithinReach(actor, "escalate");
        }
        requireReason(reason, "An escalation needs a reason");
        Instant now = timetable.now();
        Instant acknowledgeBy = timetable.acknowledgeBy(now);
        if (to == Level.DSL) {
            apply(new EscalatedToDSL(incidentId, level, reason, actor.isSystem(), now, acknowledgeBy));
        }
        else {
            apply(new EscalatedToSLT(incidentId, level, reason, actor.isSystem(), now, acknowledgeBy));
        }
    }

    /**
     * A correction is a new fact, never an edit of the report; when the people it now
     * names make it someone else's case (an allegation about the headteacher, a complaint
     * naming a pupil), it moves there with a new acknowledgement clock.
     */
    @CommandHandler
    void handle(CorrectSubjects command, Actor actor, EscalationTimetable timetable, StaffRoles staff) {
        requireOpen();
        requireWithinReach(actor, "correct the subjects of");
        requireReason(command.reason(), "A correction of the subjects needs a reason");
        List<Subject> after = command.subjects() == null ? List.of() : List.copyOf(command.subjects());
        Routing routing = Routing.afterCorrection(form, category, allegationAgainstAdult, after, staff);
        Instant now = timetable.now();
        if (routing.movesOn(level, assignedRole)) {
            apply(new SubjectsCorrected(incidentId, subjects, after, true, routing.level(), routing.assignedRole(),
                    routing.reason(), now, timetable.acknowledgeBy(now)));
        }
        else {
            apply(new SubjectsCorrected(incidentId, subjects, after, false, level, assignedRole, null, now, null));
        }
    }

    @CommandHandler
    void handle(RecordDeadlineMissed command, Actor actor) {
        if (!actor.isSystem()) {
            throw new RuleViolation(IncidentProblem.SYSTEM_ONLY, "Only the escalation timer records a missed deadline");
        }
        boolean stillDue = command.kind() == DeadlineKind.ACKNOWLEDGEMENT ? !acknowledged : ladoDecisionPending;
        if (closed || !stillDue) {
            throw new RuleViolation(IncidentProblem.DEADLINE_MET, "The deadline was met before it ran out");
        }
        apply(new DeadlineMissed(incidentId, command.kind(), command.due(), level));
    }

    /**
     * Only a clock still running, at the time it is due, is put back; the reconciler may
     * have looked too early.
     */
    @CommandHandler
    void handle(ReinstateDeadline command, Actor actor) {
        if (!actor.isSystem()) {
            throw new RuleViolation(IncidentProblem.SYSTEM_ONLY, "Only the deadline reconciler reinstates a deadline");
        }
        requireOpen();
        Instant running = runningDeadline(command.kind());
        if (running == null || !running.equals(command.due())) {
            throw new RuleViolation(IncidentProblem.DEADLINE_NOT_RUNNING,
                    "The incident has no " + command.kind() + " deadline running that is due " + command.due());
        }
        apply(new DeadlineReinstated(incidentId, command.kind(), command.due(), level, command.reason()));
    }

    /**
     * When the clock of that kind runs out, or null once it has been met or recorded as
     * missed.
     */
    private Instant runningDeadline(DeadlineKind kind) {
        if (missedDeadlines.contains(kind)) {
            return null;
        }
        return switch (kind) {
            case ACKNOWLEDGEMENT -> acknowledged ? null : acknowledgeBy;
            case LADO_DECISION -> ladoDecisionPending ? ladoDecisionDue : null;
        };
    }

    @CommandHandler
    void handle(ReferToLado command, Actor actor, EscalationTimetable timetable) {
        requireOpen();
        requireCaseManager(actor, "refer to the LADO");
        if (subjects.stream().noneMatch(Subject::worksWithChildren)) {
            throw new RuleViolation(IncidentProblem.LADO_NEEDS_ADULT_SUBJECT,
                    "A LADO referral is about an adult who works with children (STAFF, VOLUNTEER or GOVERNOR subject)");
        }
        if (referrals.contains(Referral.LADO)) {
            throw new RuleViolation(IncidentProblem.ALREADY_REFERRED,
                    "The incident has already been referred to the LADO");
        }
        if (command.details() == null || command.details().adult() == null || command.details().allegation() == null) {
            throw new RuleViolation(IncidentProblem.LADO_REFERRAL_INCOMPLETE,
                    "A LADO referral names the adult and the allegation");
        }
        Instant now = timetable.now();
        apply(new ReferredToLADO(incidentId, command.details(), command.reason(), now, ladoDecisionDue,
                ladoDecisionDue == null || !now.isAfter(ladoDecisionDue)));
    }

    @CommandHandler
    void handle(DecideNotToReferToLado command, Actor actor, EscalationTimetable timetable) {
        requireOpen();
        requireCaseManager(actor, "decide on a LADO referral");
        if (!ladoDecisionPending) {
            throw new RuleViolation(IncidentProblem.NO_LADO_DECISION_PENDING,
                    "There is no LADO decision pending: it is not an allegation against an adult, or it was decided");
        }
        requireReason(command.reason(), "A decision not to refer needs its rationale");
        Instant now = timetable.now();
        apply(new DecidedNotToReferToLADO(incidentId, command.reason(), now, ladoDecisionDue,
                !now.isAfter(ladoDecisionDue)));
    }

    @CommandHandler
    void handle(ReferToPolice command, Actor actor, EscalationTimetable timetable) {
        requireOpen();
        requireCaseManager(actor, "refer to the police");
        if (referrals.contains(Referral.POLICE)) {
            throw new RuleViolation(IncidentProblem.ALREADY_REFERRED,
                    "The incident has already been referred to the police");
        }
        requireReason(command.reason(), "A police referral needs a reason");
        apply(new ReferredToPolice(incidentId, command.reason(), command.crimeReference(), timetable.now()));
    }

    @CommandHandler
    void handle(RecordAdvice command, Actor actor) {
        requireOpen();
        requireCaseManager(actor, "record advice");
        apply(new AdviceRecorded(incidentId, command.from(), command.summary(), command.receivedAt()));
    }

    @CommandHandler
    void handle(RecordModerationAction command, Actor actor) {
        requireOpen();
        if (!Reach.moderates(actor)) {
            throw new RuleViolation(IncidentProblem.NOT_A_MODERATOR,
                    "Only the computing lead, the DSL or SLT moderate content");
        }
        boolean carriedOutByPostService = channel == Channel.SCHOOL_ACCOUNT && contentRef != null
                && (command.action() == ModerationActionType.DELETE_CONTENT
                        || command.action() == ModerationActionType.BLOCK_USER
                                && contentRef.type() == ContentType.COMMENT);
        apply(new ModerationActionRecorded(incidentId, command.actionId(), command.action(), command.note(),
                carriedOutByPostService ? contentRef : null,
                carriedOutByPostService ? ModerationStatus.PENDING : ModerationStatus.DONE));
    }

    @CommandHandler
    void handle(CompleteModerationAction command, Actor actor) {
        requirePendingAction(command.actionId(), actor);
        apply(new ModerationActionCompleted(incidentId, command.actionId()));
    }

    @CommandHandler
    void handle(FailModerationAction command, Actor actor) {
        requirePendingAction(command.actionId(), actor);
        apply(new ModerationActionFailed(incidentId, command.actionId(), command.reason()));
    }

    /**
     * Only the content deletion saga reports the outcome, and only once; a closed
     * incident still records it.
     */
    private void requirePendingAction(String actionId, Actor actor) {
        if (!actor.isSystem()) {
            throw new RuleViolation(IncidentProblem.SYSTEM_ONLY,
                    "Only the content deletion process reports its outcome");
        }
        if (!pendingModerationActions.contains(actionId)) {
            throw new RuleViolation(IncidentProblem.NOT_PENDING, "No pending moderation action " + actionId);
        }
    }

    @CommandHandler
    void handle(AddNote command, Actor actor) {
        requireOpen();
        if (!Reach.addsNotes(actor, assignedRole)) {
            throw new RuleViolation(IncidentProblem.NOT_STAFF, "Only members of staff and the case manager add notes");
        }
        apply(new NoteAdded(incidentId, command.text()));
    }

    /**
     * Evidence is added as notes are, by the same people; never a copy of sexual imagery.
     */
    @CommandHandler
    void handle(AddEvidence command, Actor actor) {
        requireOpen();
        requireMayBeCopied(category);
        if (!Reach.addsNotes(actor, assignedRole)) {
            throw new RuleViolation(IncidentProblem.NOT_STAFF,
                    "Only members of staff and the case manager add evidence");
        }
        apply(new EvidenceAdded(incidentId, command.evidenceId(), command.fileName(), command.contentType(),
                command.size(), command.sha256()));
    }

    /**
     * UKCIS guidance on sharing nudes and semi-nudes: staff never copy, screenshot, save
     * or send on such an image, so an incident of that category takes no evidence file.
     */
    static void requireMayBeCopied(Category category) {
        if (!category.mayBeCopiedAsEvidence()) {
            throw new RuleViolation(IncidentProblem.SEXUAL_IMAGERY_NOT_COPIED,
                    "Images of this kind are never copied, screenshotted, saved or uploaded, not even as evidence "
                            + "(UKCIS guidance). Do not view or forward them; describe in a note what was seen, where "
                            + "and by whom, and leave the device to the DSL, who decides whether to involve the "
                            + "police.");
        }
    }

    @CommandHandler
    void handle(CloseIncident command, Actor actor) {
        if (closed) {
            throw new RuleViolation(IncidentProblem.ALREADY_CLOSED, "The incident is already closed");
        }
        requireWithinReach(actor, "close");
        if (command.outcome() == null) {
            throw new RuleViolation(IncidentProblem.OUTCOME_REQUIRED, "Closing needs an outcome");
        }
        requireReason(command.rationale(), "Closing needs a rationale");
        if (allegationAgainstAdult != command.outcome().isForAllegations()) {
            throw new RuleViolation(IncidentProblem.OUTCOME_NOT_ALLOWED, allegationAgainstAdult
                    ? "An allegation against an adult closes as SUBSTANTIATED, UNSUBSTANTIATED, FALSE, MALICIOUS"
                            + " or UNFOUNDED"
                    : "Only an allegation against an adult closes as " + command.outcome()
                            + "; use RESOLVED or NO_FURTHER_ACTION");
        }
        if (ladoDecisionPending) {
            throw new RuleViolation(IncidentProblem.LADO_DECISION_REQUIRED,
                    "Refer the allegation to the LADO, or record the decision not to, before closing");
        }
        apply(new IncidentClosed(incidentId, command.outcome(), command.rationale()));
    }

    @CommandHandler
    void handle(ReopenIncident command, Actor actor, EscalationTimetable timetable) {
        if (!closed) {
            throw new RuleViolation(IncidentProblem.NOT_CLOSED, "Only a closed incident can be reopened");
        }
        requireCaseManager(actor, "reopen");
        requireReason(command.reason(), "Reopening needs a reason");
        apply(new IncidentReopened(incidentId, level, command.reason(), timetable.acknowledgeBy(timetable.now())));
    }

    /**
     * A case under police investigation or an inquiry is kept whatever its retention
     * says, open or closed, until the hold is lifted.
     */
    @CommandHandler
    void handle(PlaceLegalHold command, Actor actor, EscalationTimetable timetable) {
        requireCaseManager(actor, "place a legal hold");
        requireReason(command.reason(), "A legal hold needs its reason: the investigation or inquiry");
        if (legalHold) {
            throw new RuleViolation(IncidentProblem.LEGAL_HOLD_ALREADY_PLACED, "The incident is already held");
        }
        apply(new LegalHoldPlaced(incidentId, command.reason(), timetable.now()));
    }

    @CommandHandler
    void handle(LiftLegalHold command, Actor actor, EscalationTimetable timetable) {
        requireCaseManager(actor, "lift a legal hold");
        if (!legalHold) {
            throw new RuleViolation(IncidentProblem.NO_LEGAL_HOLD, "The incident is not held");
        }
        apply(new LegalHoldLifted(incidentId, command.reason(), timetable.now()));
    }

    /**
     * Only an approved disposal disposes of a record, through the system; never one still
     * open or held.
     */
    @CommandHandler
    void handle(DisposeIncident command, Actor actor) {
        if (!actor.isSystem()) {
            throw new RuleViolation(IncidentProblem.SYSTEM_ONLY, "Only an approved disposal disposes of a record");
        }
        if (!closed) {
            throw new RuleViolation(IncidentProblem.NOT_CLOSED, "Only a closed incident can be disposed of");
        }
        if (legalHold) {
            throw new RuleViolation(IncidentProblem.UNDER_LEGAL_HOLD,
                    "The incident is under a legal hold; it is not disposed of until the hold is lifted");
        }
        apply(new IncidentDisposed(incidentId, command.disposalId(), command.rule()));
    }

    private void requireOpen() {
        if (closed) {
            throw new RuleViolation(IncidentProblem.INCIDENT_CLOSED, "The incident is closed; it can only be reopened");
        }
    }

    private void requireWithinReach(Actor actor, String what) {
        if (Reach.isWithinReach(actor, level, assignedRole)) {
            return;
        }
        if (Reach.isTheChairsCase(assignedRole)) {
            throw chairOnly(what + " this incident");
        }
        throw new RuleViolation(IncidentProblem.BELOW_ASSIGNED_LEVEL,
                "Only someone at the " + level + " level or above may " + what + " this incident");
    }

    private void requireCaseManager(Actor actor, String what) {
        if (Reach.isCaseManager(actor, assignedRole)) {
            return;
        }
        if (Reach.isTheChairsCase(assignedRole)) {
            throw chairOnly(what);
        }
        throw new RuleViolation(IncidentProblem.DSL_OR_HEADTEACHER_ONLY, "Only the DSL or the headteacher may " + what);
    }

    private static RuleViolation chairOnly(String what) {
        return new RuleViolation(IncidentProblem.CHAIR_OF_GOVERNORS_ONLY,
                "Only the chair of governors, the case manager, may " + what);
    }

    private AccessFacts accessFacts() {
        return AccessFacts.of(incidentId, reportedBy, level, assignedRole, form, category, allegationAgainstAdult,
                subjects);
    }

    private static void requireReason(String reason, String message) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation(IncidentProblem.REASON_REQUIRED, message);
        }
    }

    @EventSourcingHandler
    void on(IncidentReported event) {
        incidentId = event.incidentId();
        reportedBy = event.reportedBy();
        form = event.form();
        category = event.category();
        level = event.level();
        assignedRole = event.assignedRole();
        assignedAt = event.reportedAt();
        acknowledgeBy = event.acknowledgeBy();
        allegationAgainstAdult = event.allegationAgainstAdult();
        ladoDecisionDue = event.ladoDecisionDue();
        ladoDecisionPending = event.ladoDecisionDue() != null;
        subjects = event.subjects();
        channel = event.channel();
        contentRef = event.contentRef();
    }

    @EventSourcingHandler
    void on(IncidentReceived event) {
        incidentId = event.incidentId();
        reportedBy = event.receivedBy();
        form = event.form();
        category = event.category();
        level = event.level();
        assignedRole = event.assignedRole();
        assignedAt = event.receivedAt();
        acknowledged = true;
        allegationAgainstAdult = event.allegationAgainstAdult();
        subjects = event.subjects();
        channel = event.channel();
    }

    @EventSourcingHandler
    void on(IncidentAcknowledged event) {
        acknowledged = true;
    }

    @EventSourcingHandler
    void on(EscalatedToDSL event) {
        reassign(Level.DSL, event.escalatedAt(), event.acknowledgeBy());
    }

    @EventSourcingHandler
    void on(EscalatedToSLT event) {
        reassign(Level.SLT, event.escalatedAt(), event.acknowledgeBy());
    }

    private void reassign(Level to, Instant at, Instant newAcknowledgeBy) {
        level = to;
        assignedRole = to.assignedRole();
        acknowledged = false;
        assignedAt = at;
        acknowledgeBy = newAcknowledgeBy;
        missedDeadlines.remove(DeadlineKind.ACKNOWLEDGEMENT);
    }

    @EventSourcingHandler
    void on(SubjectsCorrected event) {
        subjects = event.after();
        if (event.rerouted()) {
            reassign(event.level(), event.correctedAt(), event.acknowledgeBy());
            assignedRole = event.assignedRole();
        }
    }

    @EventSourcingHandler
    void on(DeadlineMissed event) {
        missedDeadlines.add(event.kind());
    }

    @EventSourcingHandler
    void on(ReferredToLADO event) {
        referrals.add(Referral.LADO);
        ladoDecisionPending = false;
    }

    @EventSourcingHandler
    void on(DecidedNotToReferToLADO event) {
        ladoDecisionPending = false;
    }

    @EventSourcingHandler
    void on(ReferredToPolice event) {
        referrals.add(Referral.POLICE);
    }

    @EventSourcingHandler
    void on(ModerationActionRecorded event) {
        if (event.status() == ModerationStatus.PENDING) {
            pendingModerationActions.add(event.actionId());
        }
    }

    @EventSourcingHandler
    void on(ModerationActionCompleted event) {
        pendingModerationActions.remove(event.actionId());
    }

    @EventSourcingHandler
    void on(ModerationActionFailed event) {
        pendingModerationActions.remove(event.actionId());
    }

    @EventSourcingHandler
    void on(IncidentClosed event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(IncidentReopened event, @Timestamp Instant at) {
        closed = false;
        acknowledged = false;
        assignedAt = at;
        acknowledgeBy = event.acknowledgeBy();
        missedDeadlines.remove(DeadlineKind.ACKNOWLEDGEMENT);
    }

    @EventSourcingHandler
    void on(LegalHoldPlaced event) {
        legalHold = true;
    }

    @EventSourcingHandler
    void on(LegalHoldLifted event) {
        legalHold = false;
    }

    @EventSourcingHandler
    void on(IncidentDisposed event) {
        disposed = true;
    }

    /** Axon rebuilds the aggregate from its events through this constructor. */
    protected Incident() {
    }

}
