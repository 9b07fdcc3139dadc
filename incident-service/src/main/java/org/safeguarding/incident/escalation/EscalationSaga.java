package org.safeguarding.incident.escalation;

import static org.safeguarding.kernel.audit.SystemCommands.asSystem;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.safeguarding.kernel.api.Reasoned;
import org.safeguarding.kernel.api.incident.DeadlineKind;
import org.safeguarding.kernel.api.incident.DeadlineReinstated;
import org.safeguarding.kernel.api.incident.DecidedNotToReferToLADO;
import org.safeguarding.kernel.api.incident.EscalateToDsl;
import org.safeguarding.kernel.api.incident.EscalateToSlt;
import org.safeguarding.kernel.api.incident.EscalatedToDSL;
import org.safeguarding.kernel.api.incident.EscalatedToSLT;
import org.safeguarding.kernel.api.incident.IncidentAcknowledged;
import org.safeguarding.kernel.api.incident.IncidentClosed;
import org.safeguarding.kernel.api.incident.IncidentReopened;
import org.safeguarding.kernel.api.incident.IncidentReported;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.api.incident.RecordDeadlineMissed;
import org.safeguarding.kernel.api.incident.ReferredToLADO;
import org.safeguarding.kernel.api.incident.SubjectsCorrected;
import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an incident's clocks. Not acknowledged in time: escalate one level as the system,
 * with the reason; at SLT there is no higher level, so the missed deadline is recorded
 * instead. LADO decision not made in time: recorded as missed. Deadlines live in
 * db-scheduler's table and fire after a restart; one the reconciler found missing from it
 * is scheduled again when the incident records its reinstatement.
 */
// Public only because Axon 4's default saga factory calls the constructor without making
// it accessible.
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class EscalationSaga {

    static final String INCIDENT_ID = "incidentId";
    static final String ACKNOWLEDGEMENT_DEADLINE = "acknowledgement-deadline";
    static final String LADO_DECISION_DEADLINE = "lado-decision-deadline";

    private static final Logger log = LoggerFactory.getLogger(EscalationSaga.class);

    private static final DateTimeFormatter SCHOOL_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm");

    private String incidentId;

    private Level level;

    private String acknowledgementDeadlineId;

    private String ladoDecisionDeadlineId;

    @StartSaga
    @SagaEventHandler(associationProperty = INCIDENT_ID)
    void on(IncidentReported event, DeadlineManager deadlines) {
        incidentId = event.incidentId();
        level = event.level();
        scheduleAcknowledgement(event.acknowledgeBy(), deadlines);
        if (event.ladoDecisionDue() != null) {
            scheduleLadoDecision(event.ladoDecisionDue(), deadlines);
        }
    }

    @StartSaga
    @SagaEventHandler(associationProperty = INCIDENT_ID)
    void on(IncidentReopened event, DeadlineManager deadlines) {
        incidentId = event.incidentId();
        level = event.level();
        scheduleAcknowledgement(event.acknowledgeBy(), deadlines);
    }

    /**
     * Starts the saga again should its state have gone too; a due time already passed
     * fires at once.
     */
    @StartSaga
    @SagaEventHandler(associationProperty = INCIDENT_ID)
    void on(DeadlineReinstated event, DeadlineManager deadlines) {
        incidentId = event.incidentId();
        level = event.level();
        switch (event.kind()) {
            case ACKNOWLEDGEMENT -> scheduleAcknowledgement(event.due(), deadlines);
            case LADO_DECISION -> scheduleLadoDecision(event.due(), deadlines);
        }
    }

    @SagaEventHandler(associationProperty = INCIDENT_ID)
    void on(IncidentAcknowledged event, DeadlineManager deadlines) {
        cancelAcknowledgement(deadlines);
    }

    @SagaEventHandler(associationProperty = INCIDENT_ID)
    void on(EscalatedToDSL event, DeadlineManager deadlines) {
        level = Level.DSL;
        scheduleAcknowledgement(event.acknowledgeBy(), deadlines);
    }

    @SagaEventHandler(associationProperty = INCIDENT_ID)
    void on(EscalatedToSLT event, DeadlineManager deadlines) {
        level = Level.SLT;
        scheduleAcknowledgement(event.acknowledgeBy(), deadlines);
    }

    @SagaEventHandler(associationProperty = INCIDENT_ID)
    void on(SubjectsCorrected event, DeadlineManager deadlines) {
        if (event.rerouted()) {
            level = event.level();
            scheduleAcknowledgement(event.acknowledgeBy(), deadlines);
        }
    }

    @SagaEventHandler(associationProperty = INCIDENT_ID)
    void on(ReferredToLADO event, DeadlineManager deadlines) {
        cancelLadoDecision(deadlines);
    }

    @SagaEventHandler(associationProperty = INCIDENT_ID)
    void on(DecidedNotToReferToLADO event, DeadlineManager deadlines) {
        cancelLadoDecision(deadlines);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = INCIDENT_ID)
    void on(IncidentClosed event, DeadlineManager deadlines) {
        cancelAcknowledgement(deadlines);
        cancelLadoDecision(deadlines);
    }

    @DeadlineHandler(deadlineName = ACKNOWLEDGEMENT_DEADLINE)
    void acknowledgementOverdue(AcknowledgementDue due, CommandGateway commands) {
        acknowledgementDeadlineId = null;
        String overdue = "Not acknowledged at " + due.level() + " level by " + inSchoolTime(due.due());
        switch (due.level()) {
            case COMPUTING_LEAD ->
                sendAsSystem(commands, new EscalateToDsl(incidentId, overdue + "; escalated to the DSL", null));
            case DSL ->
                sendAsSystem(commands, new EscalateToSlt(incidentId, overdue + "; escalated to the headteacher", null));
            case SLT -> sendAsSystem(commands, new RecordDeadlineMissed(incidentId, DeadlineKind.ACKNOWLEDGEMENT,
                    due.due(), overdue + "; there is no higher level, so it is overdue"));
        }
    }

    @DeadlineHandler(deadlineName = LADO_DECISION_DEADLINE)
    void ladoDecisionOverdue(LadoDecisionDue due, CommandGateway commands) {
        ladoDecisionDeadlineId = null;
        String reason = "No LADO referral or decision not to refer recorded by " + inSchoolTime(due.due());
        sendAsSystem(commands, new RecordDeadlineMissed(incidentId, DeadlineKind.LADO_DECISION, due.due(), reason));
    }

    private void scheduleAcknowledgement(Instant due, DeadlineManager deadlines) {
        cancelAcknowledgement(deadlines);
        acknowledgementDeadlineId = deadlines.schedule(due, ACKNOWLEDGEMENT_DEADLINE,
                new AcknowledgementDue(incidentId, level, due));
    }

    private void scheduleLadoDecision(Instant due, DeadlineManager deadlines) {
        cancelLadoDecision(deadlines);
        ladoDecisionDeadlineId = deadlines.schedule(due, LADO_DECISION_DEADLINE, new LadoDecisionDue(incidentId, due));
    }

    private void cancelAcknowledgement(DeadlineManager deadlines) {
        if (acknowledgementDeadlineId != null) {
            deadlines.cancelSchedule(ACKNOWLEDGEMENT_DEADLINE, acknowledgementDeadlineId);
            acknowledgementDeadlineId = null;
        }
    }

    private void cancelLadoDecision(DeadlineManager deadlines) {
        if (ladoDecisionDeadlineId != null) {
            deadlines.cancelSchedule(LADO_DECISION_DEADLINE, ladoDecisionDeadlineId);
            ladoDecisionDeadlineId = null;
        }
    }

    /**
     * The incident may have moved on meanwhile; the aggregate then refuses, which is the
     * right outcome.
     */
    private void sendAsSystem(CommandGateway commands, Reasoned command) {
        commands.send(asSystem(command)).exceptionally(refused -> {
            log.info("Incident {}: {} not applied: {}", incidentId, command.getClass().getSimpleName(),
                    refused.getMessage());
            return null;
        });
    }

    private static String inSchoolTime(Instant instant) {
        return ZonedDateTime.ofInstant(instant, WorkingCalendar.SCHOOL_ZONE).format(SCHOOL_TIME) + " (Europe/London)";
    }

}
