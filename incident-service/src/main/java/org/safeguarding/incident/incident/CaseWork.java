package org.safeguarding.incident.incident;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.incident.AcknowledgeIncident;
import org.safeguarding.kernel.api.incident.AddEvidence;
import org.safeguarding.kernel.api.incident.AddNote;
import org.safeguarding.kernel.api.incident.CloseIncident;
import org.safeguarding.kernel.api.incident.CorrectSubjects;
import org.safeguarding.kernel.api.incident.DecideNotToReferToLado;
import org.safeguarding.kernel.api.incident.EscalateToDsl;
import org.safeguarding.kernel.api.incident.EscalateToSlt;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.api.incident.LiftLegalHold;
import org.safeguarding.kernel.api.incident.Outcome;
import org.safeguarding.kernel.api.incident.PlaceLegalHold;
import org.safeguarding.kernel.api.incident.RecordAdvice;
import org.safeguarding.kernel.api.incident.RecordModerationAction;
import org.safeguarding.kernel.api.incident.ReferToLado;
import org.safeguarding.kernel.api.incident.ReferToPolice;
import org.safeguarding.kernel.api.incident.Referral;
import org.safeguarding.kernel.api.incident.ReopenIncident;
import org.safeguarding.kernel.security.CurrentActor;
import org.safeguarding.kernel.web.IfMatch;
import org.springframework.stereotype.Component;

/**
 * The steps taken on a reported incident, from the API or from the case page: each is
 * checked against need to know as a read is, sent as its command from this one place, and
 * answered with the view it leaves behind. {@code ifMatch} is the version the step was
 * asked on, as an {@code If-Match} header gives it; null for whatever is current.
 */
@Component
public class CaseWork {

    /**
     * The steps a person may take on an incident as it stands, by the rules the incident
     * itself applies: what the case page offers them.
     */
    public record Steps(boolean acknowledge, List<Level> escalateTo, boolean addNote, boolean moderate,
            boolean referToLado, boolean decideNotToRefer, boolean referToPolice, boolean recordAdvice,
            List<Outcome> closeAs, boolean reopen, boolean correctSubjects) {

        public boolean any() {
            return acknowledge || !escalateTo.isEmpty() || addNote || moderate || referToLado || decideNotToRefer
                    || referToPolice || recordAdvice || !closeAs.isEmpty() || reopen || correctSubjects;
        }

    }

    private final CommandGateway commands;

    private final IncidentAccess access;

    private final Clock clock;

    CaseWork(CommandGateway commands, IncidentAccess access, Clock clock) {
        this.commands = commands;
        this.access = access;
        this.clock = clock;
    }

    public IncidentView acknowledge(String id, String ifMatch) {
        return send(id, ifMatch, version -> new AcknowledgeIncident(id, version));
    }

    public IncidentView escalate(String id, String ifMatch, IncidentRequests.Escalation body) {
        return send(id, ifMatch, version -> switch (body.to()) {
            case DSL -> new EscalateToDsl(id, body.reason(), version);
            case SLT -> new EscalateToSlt(id, body.reason(), version);
            case COMPUTING_LEAD -> throw new RuleViolation(IncidentProblem.ESCALATION_NOT_UPWARDS,
                    "Escalation only goes up: to DSL or SLT");
        });
    }

    public IncidentView moderate(String id, String ifMatch, IncidentRequests.ModerationActionBody body) {
        return send(id, ifMatch, version -> new RecordModerationAction(id, UUID.randomUUID().toString(), body.action(),
                body.note(), version));
    }

    public IncidentView referToLado(String id, String ifMatch, IncidentRequests.LadoReferral body) {
        return send(id, ifMatch, version -> new ReferToLado(id, body.details(), body.reason(), version));
    }

    public IncidentView decideNotToRefer(String id, String ifMatch, IncidentRequests.LadoDecisionNotToRefer body) {
        return send(id, ifMatch, version -> new DecideNotToReferToLado(id, body.rationale(), version));
    }

    public IncidentView referToPolice(String id, String ifMatch, IncidentRequests.PoliceReferral body) {
        return send(id, ifMatch, version -> new ReferToPolice(id, body.reason(), body.crimeReference(), version));
    }

    public IncidentView recordAdvice(String id, String ifMatch, IncidentRequests.Advice body) {
        return send(id, ifMatch,
                version -> new RecordAdvice(id, body.from(), body.summary(), body.receivedAt(), version));
    }

    public IncidentView addNote(String id, String ifMatch, IncidentRequests.Note body) {
        return send(id, ifMatch, version -> new AddNote(id, body.text(), version));
    }

    /**
     * Asked before an evidence file is read: whether the current person may add one, with
     * the same 403 and 404 as any step, and never to an incident of sexual imagery.
     */
    public void requireMayAddEvidence(String id) {
        Actor actor = CurrentActor.require();
        access.requireMayAct(actor, id);
        Incident.requireMayBeCopied(access.answer(actor, id).category());
    }

    /**
     * Records the evidence; its bytes are kept by the caller, in the same transaction.
     */
    public IncidentView addEvidence(String id, String ifMatch, String evidenceId, String fileName, String contentType,
            long size, String sha256) {
        return send(id, ifMatch,
                version -> new AddEvidence(id, evidenceId, fileName, contentType, size, sha256, version));
    }

    public IncidentView close(String id, String ifMatch, IncidentRequests.Closure body) {
        return send(id, ifMatch, version -> new CloseIncident(id, body.outcome(), body.rationale(), version));
    }

    public IncidentView correctSubjects(String id, String ifMatch, IncidentRequests.SubjectsCorrection body) {
        return send(id, ifMatch, version -> new CorrectSubjects(id, body.toSubjects(), body.reason(), version));
    }

    public IncidentView reopen(String id, String ifMatch, IncidentRequests.Reopening body) {
        return send(id, ifMatch, version -> new ReopenIncident(id, body.reason(), version));
    }

    public IncidentView placeLegalHold(String id, IncidentRequests.LegalHold body) {
        return send(id, null, version -> new PlaceLegalHold(id, body.reason()));
    }

    public IncidentView liftLegalHold(String id, String reason) {
        return send(id, null, version -> new LiftLegalHold(id, reason));
    }

    /** What {@code actor} may do to the incident they see, as {@code seen}. */
    public Steps stepsFor(Actor actor, IncidentAccess.Seen seen) {
        IncidentView view = seen.view();
        boolean caseFile = seen.sight() == Sight.CASE_FILE;
        boolean manages = caseFile && Reach.isCaseManager(actor, view.assignedRole());
        if (view.status() == IncidentView.Status.CLOSED) {
            return new Steps(false, List.of(), false, false, false, false, false, false, List.of(), manages, false);
        }
        boolean withinReach = caseFile && Reach.isWithinReach(actor, view.level(), view.assignedRole());
        List<Level> above = withinReach ? Arrays.stream(Level.values()).filter(to -> to.isAbove(view.level())).toList()
                : List.of();
        List<Outcome> outcomes = withinReach ? Arrays.stream(Outcome.values())
            .filter(outcome -> outcome.isForAllegations() == view.allegationAgainstAdult())
            .toList() : List.of();
        return new Steps(withinReach && !view.acknowledged(), above, Reach.addsNotes(actor, view.assignedRole()),
                caseFile && Reach.moderates(actor), manages && !view.referrals().contains(Referral.LADO),
                manages && view.allegationAgainstAdult() && view.ladoDecision() == null,
                manages && !view.referrals().contains(Referral.POLICE), manages, outcomes, false, withinReach);
    }

    private IncidentView send(String id, String ifMatch, Function<Long, Object> command) {
        Actor actor = CurrentActor.require();
        access.requireMayAct(actor, id);
        commands.sendAndWait(command.apply(IfMatch.expectedVersion(ifMatch)));
        return access.answer(actor, id).withDeadlinesAsOf(clock.instant());
    }

}
