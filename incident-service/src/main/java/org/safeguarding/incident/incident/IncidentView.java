package org.safeguarding.incident.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventhandling.DomainEventMessage;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.api.incident.AdviceRecorded;
import org.safeguarding.kernel.api.incident.AdviceSource;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Channel;
import org.safeguarding.kernel.api.incident.ContentRef;
import org.safeguarding.kernel.api.incident.DeadlineKind;
import org.safeguarding.kernel.api.incident.DeadlineMissed;
import org.safeguarding.kernel.api.incident.DecidedNotToReferToLADO;
import org.safeguarding.kernel.api.incident.EscalatedToDSL;
import org.safeguarding.kernel.api.incident.EscalatedToSLT;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.IncidentAcknowledged;
import org.safeguarding.kernel.api.incident.IncidentClosed;
import org.safeguarding.kernel.api.incident.IncidentReceived;
import org.safeguarding.kernel.api.incident.IncidentReopened;
import org.safeguarding.kernel.api.incident.IncidentReported;
import org.safeguarding.kernel.api.incident.LegalHoldPlaced;
import org.safeguarding.kernel.api.incident.LegalHoldLifted;
import org.safeguarding.kernel.api.incident.IncidentDisposed;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.api.incident.ModerationActionCompleted;
import org.safeguarding.kernel.api.incident.ModerationActionFailed;
import org.safeguarding.kernel.api.incident.ModerationActionRecorded;
import org.safeguarding.kernel.api.incident.ModerationActionType;
import org.safeguarding.kernel.api.incident.ModerationStatus;
import org.safeguarding.kernel.api.incident.Outcome;
import org.safeguarding.kernel.api.incident.ReceivedStep;
import org.safeguarding.kernel.api.incident.Referral;
import org.safeguarding.kernel.api.incident.ReferredToLADO;
import org.safeguarding.kernel.api.incident.ReferredToPolice;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.incident.SubjectsCorrected;
import org.safeguarding.kernel.audit.AuditMetaData;

/**
 * The incident as staff see it (API.md's view), folded from its events. The same fold
 * serves the stored projection and the {@code asOf} replay, so the two cannot disagree.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class IncidentView {

    public enum Status {

        OPEN, CLOSED

    }

    public record Deadline(DeadlineKind kind, Instant due, boolean overdue) {
    }

    public record ModerationActionView(String id, ModerationActionType action, ModerationStatus status, Instant at,
            String note, ContentRef contentRef) {
    }

    public record Advice(AdviceSource from, String summary, Instant receivedAt) {
    }

    public record LadoDecision(boolean referred, Instant decidedAt, boolean withinOneWorkingDay, String rationale) {
    }

    /**
     * Where a received incident came from: the sending school, the transfer, its id
     * there, the outcome it was closed with there if it was, and the chronology recorded
     * there.
     */
    public record ReceivedFrom(String school, String transferId, String originalIncidentId, Outcome closedThereAs,
            List<ReceivedStep> chronology) {
    }

    /** Who picked the incident up at its current level, in which capacity, and when. */
    public record Acknowledgement(String username, Role role, Instant at) {
    }

    /** What a disposed record says in place of its summary. */
    static final String DISPOSED = "[disposed]";

    private String id;

    private Form form;

    private Category category;

    private String summary;

    private String details;

    private Instant occurredAt;

    private Channel channel;

    private String platform;

    private ContentRef contentRef;

    private List<Subject> subjects = List.of();

    private boolean allegationAgainstAdult;

    private Status status;

    private Level level;

    private Set<Referral> referrals = EnumSet.noneOf(Referral.class);

    private Role assignedRole;

    private boolean acknowledged;

    private Acknowledgement acknowledgedBy;

    private String routing;

    private String reportedBy;

    /**
     * The service that reported it on {@code reportedBy}'s behalf (post-service, for an
     * escalated comment), if any.
     */
    private String reportedVia;

    private Instant reportedAt;

    private List<Deadline> deadlines = new ArrayList<>();

    private List<ModerationActionView> moderationActions = new ArrayList<>();

    private List<Advice> advice = new ArrayList<>();

    private LadoDecision ladoDecision;

    private Outcome outcome;

    private String closureRationale;

    private Instant closedAt;

    /** Held from disposal while a police investigation or an inquiry may need it. */
    private boolean legalHold;

    /** When the record was disposed of; its personal details are gone from the view. */
    private Instant disposedAt;

    private Instant updatedAt;

    /** Set only on an incident received from another school's child-protection file. */
    private ReceivedFrom receivedFrom;

    private long version;

    /** Folds one event of this incident into the view. */
    public IncidentView apply(DomainEventMessage<?> message) {
        Object event = message.getPayload();
        Instant at = message.getTimestamp();
        if (event instanceof IncidentReported reported) {
            reported(reported);
            reportedVia = AuditMetaData.viaOf(message.getMetaData());
        }
        else if (event instanceof IncidentReceived received) {
            received(received);
        }
        else if (event instanceof IncidentAcknowledged) {
            acknowledged = true;
            Actor actor = AuditMetaData.actorOf(message.getMetaData());
            acknowledgedBy = new Acknowledgement(actor.username(), actor.role(), at);
            deadlines.removeIf(deadline -> deadline.kind() == DeadlineKind.ACKNOWLEDGEMENT);
        }
        else if (event instanceof EscalatedToDSL escalated) {
            reassign(Level.DSL, escalated.acknowledgeBy());
        }
        else if (event instanceof EscalatedToSLT escalated) {
            reassign(Level.SLT, escalated.acknowledgeBy());
        }
        else if (event instanceof SubjectsCorrected corrected) {
            subjects = corrected.after();
            if (corrected.rerouted()) {
                reassign(corrected.level(), corrected.acknowledgeBy());
                assignedRole = corrected.assignedRole();
                routing = corrected.routing();
            }
        }
        else if (event instanceof ReferredToLADO referred) {
            referrals.add(Referral.LADO);
            ladoDecision = new LadoDecision(true, referred.referredAt(), referred.withinDeadline(), referred.reason());
            deadlines.removeIf(deadline -> deadline.kind() == DeadlineKind.LADO_DECISION);
        }
        else if (event instanceof DecidedNotToReferToLADO decided) {
            ladoDecision = new LadoDecision(false, decided.decidedAt(), decided.withinDeadline(), decided.rationale());
            deadlines.removeIf(deadline -> deadline.kind() == DeadlineKind.LADO_DECISION);
        }
        else if (event instanceof ReferredToPolice) {
            referrals.add(Referral.POLICE);
        }
        else if (event instanceof AdviceRecorded recorded) {
            advice.add(new Advice(recorded.from(), recorded.summary(), recorded.receivedAt()));
        }
        else if (event instanceof ModerationActionRecorded recorded) {
            moderationActions.add(new ModerationActionView(recorded.actionId(), recorded.action(), recorded.status(),
                    at, recorded.note(), recorded.contentRef()));
        }
        else if (event instanceof ModerationActionCompleted completed) {
            settle(completed.actionId(), ModerationStatus.DONE, at);
        }
        else if (event instanceof ModerationActionFailed failed) {
            settle(failed.actionId(), ModerationStatus.FAILED, at);
        }
        else if (event instanceof DeadlineMissed missed) {
            deadlines.replaceAll(deadline -> deadline.kind() == missed.kind()
                    ? new Deadline(deadline.kind(), deadline.due(), true) : deadline);
        }
        else if (event instanceof IncidentClosed closed) {
            status = Status.CLOSED;
            outcome = closed.outcome();
            closureRationale = closed.rationale();
            closedAt = at;
            deadlines.clear();
        }
        else if (event instanceof LegalHoldPlaced) {
            legalHold = true;
        }
        else if (event instanceof LegalHoldLifted) {
            legalHold = false;
        }
        else if (event instanceof IncidentDisposed) {
            disposed(at);
        }
        else if (event instanceof IncidentReopened reopened) {
            status = Status.OPEN;
            outcome = null;
            closureRationale = null;
            closedAt = null;
            acknowledged = false;
            acknowledgedBy = null;
            deadlines.add(new Deadline(DeadlineKind.ACKNOWLEDGEMENT, reopened.acknowledgeBy(), false));
        }
        version = message.getSequenceNumber();
        updatedAt = at;
        return this;
    }

    private void reported(IncidentReported reported) {
        id = reported.incidentId();
        form = reported.form();
        category = reported.category();
        summary = reported.summary();
        details = reported.details();
        occurredAt = reported.occurredAt();
        channel = reported.channel();
        platform = reported.platform();
        contentRef = reported.contentRef();
        subjects = List.copyOf(reported.subjects());
        allegationAgainstAdult = reported.allegationAgainstAdult();
        status = Status.OPEN;
        level = reported.level();
        assignedRole = reported.assignedRole();
        routing = reported.routing();
        reportedBy = reported.reportedBy();
        reportedAt = reported.reportedAt();
        deadlines.add(new Deadline(DeadlineKind.ACKNOWLEDGEMENT, reported.acknowledgeBy(), false));
        if (reported.ladoDecisionDue() != null) {
            deadlines.add(new Deadline(DeadlineKind.LADO_DECISION, reported.ladoDecisionDue(), false));
        }
    }

    /**
     * What is left of a disposed record: that it existed, its kind, its dates and
     * outcome; never who it was about or what was said. Only the directory username of an
     * adult it named stays, without their name, so that need to know still keeps the
     * record from them.
     */
    private void disposed(Instant at) {
        summary = DISPOSED;
        details = null;
        platform = null;
        contentRef = null;
        subjects = subjects.stream()
            .filter(subject -> subject.worksWithChildren() && subject.ref() != null && !subject.ref().isBlank())
            .map(adult -> new Subject(adult.kind(), null, adult.ref()))
            .toList();
        moderationActions = new ArrayList<>();
        advice = new ArrayList<>();
        ladoDecision = ladoDecision == null ? null : new LadoDecision(ladoDecision.referred(), ladoDecision.decidedAt(),
                ladoDecision.withinOneWorkingDay(), null);
        closureRationale = null;
        routing = null;
        receivedFrom = null;
        disposedAt = at;
    }

    private void received(IncidentReceived received) {
        id = received.incidentId();
        form = received.form();
        category = received.category();
        summary = received.summary();
        details = received.details();
        occurredAt = received.occurredAt();
        channel = received.channel();
        platform = received.platform();
        subjects = List.copyOf(received.subjects());
        allegationAgainstAdult = received.allegationAgainstAdult();
        status = Status.OPEN;
        level = received.level();
        assignedRole = received.assignedRole();
        routing = received.routing();
        reportedBy = received.receivedBy();
        reportedAt = received.receivedAt();
        acknowledged = true;
        acknowledgedBy = new Acknowledgement(received.receivedBy(), received.assignedRole(), received.receivedAt());
        receivedFrom = new ReceivedFrom(received.fromSchool(), received.transferId(), received.originalIncidentId(),
                received.closedThereAs(), List.copyOf(received.chronology()));
    }

    private void settle(String actionId, ModerationStatus status, Instant at) {
        moderationActions.replaceAll(action -> action.id().equals(actionId)
                ? new ModerationActionView(action.id(), action.action(), status, at, action.note(), action.contentRef())
                : action);
    }

    private void reassign(Level to, Instant acknowledgeBy) {
        level = to;
        assignedRole = to.assignedRole();
        acknowledged = false;
        acknowledgedBy = null;
        deadlines.removeIf(deadline -> deadline.kind() == DeadlineKind.ACKNOWLEDGEMENT);
        deadlines.add(new Deadline(DeadlineKind.ACKNOWLEDGEMENT, acknowledgeBy, false));
    }

    /**
     * A copy with the deadlines as they stand at {@code now}: a clock that ran out is
     * overdue even before the saga says so. The stored view keeps what the events said.
     */
    public IncidentView withDeadlinesAsOf(Instant now) {
        IncidentView then = copy();
        then.deadlines = new ArrayList<>(deadlines.stream()
            .map(deadline -> new Deadline(deadline.kind(), deadline.due(),
                    deadline.overdue() || now.isAfter(deadline.due())))
            .toList());
        return then;
    }

    private IncidentView copy() {
        IncidentView copy = new IncidentView();
        copy.id = id;
        copy.form = form;
        copy.category = category;
        copy.summary = summary;
        copy.details = details;
        copy.occurredAt = occurredAt;
        copy.channel = channel;
        copy.platform = platform;
        copy.contentRef = contentRef;
        copy.subjects = subjects;
        copy.allegationAgainstAdult = allegationAgainstAdult;
        copy.status = status;
        copy.level = level;
        copy.referrals = new LinkedHashSet<>(referrals);
        copy.assignedRole = assignedRole;
        copy.acknowledged = acknowledged;
        copy.acknowledgedBy = acknowledgedBy;
        copy.routing = routing;
        copy.reportedBy = reportedBy;
        copy.reportedVia = reportedVia;
        copy.reportedAt = reportedAt;
        copy.deadlines = new ArrayList<>(deadlines);
        copy.moderationActions = new ArrayList<>(moderationActions);
        copy.advice = new ArrayList<>(advice);
        copy.ladoDecision = ladoDecision;
        copy.outcome = outcome;
        copy.closureRationale = closureRationale;
        copy.closedAt = closedAt;
        copy.legalHold = legalHold;
        copy.disposedAt = disposedAt;
        copy.updatedAt = updatedAt;
        copy.receivedFrom = receivedFrom;
        copy.version = version;
        return copy;
    }

    /**
     * KCSIE: an allegation found false or malicious leaves the records staff read about
     * the adult at closure; the safeguarding record keeps it with its outcome.
     */
    private boolean closedAsFalseOrMalicious() {
        return allegationAgainstAdult && (outcome == Outcome.FALSE || outcome == Outcome.MALICIOUS);
    }

    AccessFacts accessFacts() {
        return AccessFacts.of(id, reportedBy, level, assignedRole, form, category, allegationAgainstAdult, subjects);
    }

    /**
     * The reporter's view: what they reported, its status and level, whether and by whom
     * it was received, the outcome. Advice, referrals, the LADO decision, moderation, the
     * rationale and the case manager's clocks stay in the case file.
     */
    IncidentView asSeenByTheReporter() {
        IncidentView seen = new IncidentView();
        seen.id = id;
        seen.form = form;
        seen.category = category;
        seen.summary = summary;
        seen.details = details;
        seen.occurredAt = occurredAt;
        seen.channel = channel;
        seen.platform = platform;
        seen.contentRef = contentRef;
        seen.subjects = closedAsFalseOrMalicious()
                ? subjects.stream().filter(subject -> !subject.worksWithChildren()).toList() : subjects;
        seen.allegationAgainstAdult = allegationAgainstAdult;
        seen.status = status;
        seen.level = level;
        seen.assignedRole = assignedRole;
        seen.acknowledged = acknowledged;
        seen.acknowledgedBy = acknowledgedBy;
        seen.routing = routing;
        seen.reportedBy = reportedBy;
        seen.reportedAt = reportedAt;
        seen.deadlines = new ArrayList<>(
                deadlines.stream().filter(deadline -> deadline.kind() == DeadlineKind.ACKNOWLEDGEMENT).toList());
        seen.outcome = outcome;
        seen.closedAt = closedAt;
        seen.disposedAt = disposedAt;
        seen.updatedAt = updatedAt;
        seen.version = version;
        return seen;
    }

    public String id() {
        return id;
    }

    public Status status() {
        return status;
    }

    public Level level() {
        return level;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public Form form() {
        return form;
    }

    public Category category() {
        return category;
    }

    public String summary() {
        return summary;
    }

    public boolean acknowledged() {
        return acknowledged;
    }

    public Role assignedRole() {
        return assignedRole;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<Deadline> deadlines() {
        return List.copyOf(deadlines);
    }

    public List<Subject> subjects() {
        return subjects;
    }

    public boolean allegationAgainstAdult() {
        return allegationAgainstAdult;
    }

    public String details() {
        return details;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Channel channel() {
        return channel;
    }

    public String platform() {
        return platform;
    }

    public String routing() {
        return routing;
    }

    public Set<Referral> referrals() {
        return Set.copyOf(referrals);
    }

    public LadoDecision ladoDecision() {
        return ladoDecision;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String closureRationale() {
        return closureRationale;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public ContentRef contentRef() {
        return contentRef;
    }

    public Acknowledgement acknowledgedBy() {
        return acknowledgedBy;
    }

    public String reportedVia() {
        return reportedVia;
    }

    public List<ModerationActionView> moderationActions() {
        return List.copyOf(moderationActions);
    }

    public boolean legalHold() {
        return legalHold;
    }

    public Instant disposedAt() {
        return disposedAt;
    }

    public List<Advice> advice() {
        return List.copyOf(advice);
    }

    public ReceivedFrom receivedFrom() {
        return receivedFrom;
    }

}
