package org.safeguarding.incident.escalation;

import java.util.List;
import java.util.Optional;

import org.safeguarding.incident.incident.OpenDeadlines;
import org.safeguarding.kernel.api.Reasoned;
import org.safeguarding.kernel.api.incident.DeadlineKind;
import org.safeguarding.kernel.api.incident.ReinstateDeadline;
import org.safeguarding.kernel.deadline.Deadline;
import org.safeguarding.kernel.deadline.ReconciledDeadlines;
import org.springframework.stereotype.Component;

/**
 * The escalation saga's clocks for the reconciler: an open incident's view lists those
 * still running.
 */
@Component
class EscalationDeadlines implements ReconciledDeadlines {

    private final OpenDeadlines deadlines;

    EscalationDeadlines(OpenDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public Class<?> saga() {
        return EscalationSaga.class;
    }

    @Override
    public List<Expected> expected() {
        return deadlines.running()
            .stream()
            .map(running -> new Expected(new Deadline(running.incidentId(), running.kind().name(), running.due()),
                    running.incidentUpdatedAt()))
            .toList();
    }

    @Override
    public Optional<Deadline> recognise(Object payload) {
        if (payload instanceof AcknowledgementDue due) {
            return Optional.of(new Deadline(due.incidentId(), DeadlineKind.ACKNOWLEDGEMENT.name(), due.due()));
        }
        if (payload instanceof LadoDecisionDue due) {
            return Optional.of(new Deadline(due.incidentId(), DeadlineKind.LADO_DECISION.name(), due.due()));
        }
        return Optional.empty();
    }

    @Override
    public Reasoned reinstate(Deadline missing, String reason) {
        return new ReinstateDeadline(missing.ownerId(), DeadlineKind.valueOf(missing.kind()), missing.due(), reason);
    }

}
