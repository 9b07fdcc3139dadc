package org.safeguarding.incident.escalation;

import java.util.List;
import java.util.Optional;

import org.safeguarding.incident.incident.IncidentViewRepository;
import org.safeguarding.kernel.api.Reasoned;
import org.safeguarding.kernel.api.incident.DeadlineKind;
import org.safeguarding.kernel.api.incident.ReinstateDeadline;
import org.safeguarding.kernel.deadline.Deadline;
import org.safeguarding.kernel.deadline.ReconciledDeadlines;
import org.springframework.stereotype.Component;

/** The escalation saga's clocks for the reconciler: an open incident's view lists those still running. */
@Component
class EscalationDeadlines implements ReconciledDeadlines {

    private final IncidentViewRepository views;

    EscalationDeadlines(IncidentViewRepository views) {
        this.views = views;
    }

    @Override
    public List<Expected> expected() {
        return views.findOpen().stream()
                .flatMap(view -> view.deadlines().stream()
                        .filter(deadline -> !deadline.overdue())
                        .map(deadline -> new Expected(new Deadline(view.id(), deadline.kind().name(), deadline.due()),
                                view.updatedAt())))
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
