package org.safeguarding.incident.timeline;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.safeguarding.kernel.api.incident.AdviceRecorded;
import org.safeguarding.kernel.api.incident.DeadlineKind;
import org.safeguarding.kernel.api.incident.DeadlineMissed;
import org.safeguarding.kernel.api.incident.DeadlineReinstated;
import org.safeguarding.kernel.api.incident.DecidedNotToReferToLADO;
import org.safeguarding.kernel.api.incident.EscalatedToDSL;
import org.safeguarding.kernel.api.incident.EscalatedToSLT;
import org.safeguarding.kernel.api.incident.EvidenceAdded;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.IncidentAcknowledged;
import org.safeguarding.kernel.api.incident.IncidentClosed;
import org.safeguarding.kernel.api.incident.IncidentReceived;
import org.safeguarding.kernel.api.incident.IncidentReopened;
import org.safeguarding.kernel.api.incident.IncidentReported;
import org.safeguarding.kernel.api.incident.LegalHoldPlaced;
import org.safeguarding.kernel.api.incident.LegalHoldLifted;
import org.safeguarding.kernel.api.incident.IncidentDisposed;
import org.safeguarding.kernel.api.incident.ModerationActionCompleted;
import org.safeguarding.kernel.api.incident.ModerationActionFailed;
import org.safeguarding.kernel.api.incident.ModerationActionRecorded;
import org.safeguarding.kernel.api.incident.NoteAdded;
import org.safeguarding.kernel.api.incident.ReceivedStep;
import org.safeguarding.kernel.api.incident.ReferredToLADO;
import org.safeguarding.kernel.api.incident.ReferredToPolice;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.incident.SubjectsCorrected;

/**
 * What happened, in words a DSL or an inspector reads, for each kind of incident event.
 */
final class TimelineSummary {

    private static final Map<Class<?>, Function<Object, String>> SUMMARIES = Map.ofEntries(
            entry(IncidentReported.class,
                    e -> "Reported on the " + (e.form() == Form.E_SAFETY ? "orange e-safety" : "yellow safeguarding")
                            + " form as " + e.category() + ". " + e.routing() + "."),
            entry(IncidentReceived.class, TimelineSummary::received),
            entry(IncidentAcknowledged.class, e -> "Acknowledged at " + e.level() + " level"),
            entry(EscalatedToDSL.class,
                    e -> (e.automatic() ? "Escalated automatically" : "Escalated") + " from " + e.from()
                            + " to the DSL"),
            entry(EscalatedToSLT.class,
                    e -> (e.automatic() ? "Escalated automatically" : "Escalated") + " from " + e.from()
                            + " to SLT (headteacher)"),
            entry(ReferredToLADO.class,
                    e -> "Referred to the LADO"
                            + (e.withinDeadline() ? " within one working day" : " after the one-working-day deadline")),
            entry(DecidedNotToReferToLADO.class,
                    e -> "Decided not to refer to the LADO"
                            + (e.withinDeadline() ? "" : ", after the one-working-day deadline")),
            entry(ReferredToPolice.class,
                    e -> "Referred to the police"
                            + (e.crimeReference() == null ? "" : ", crime reference " + e.crimeReference())),
            entry(AdviceRecorded.class, e -> "Advice from " + e.from() + " recorded: " + e.summary()),
            entry(ModerationActionRecorded.class,
                    e -> "Moderation action " + e.action() + " (" + e.status() + "): " + e.note()),
            entry(ModerationActionCompleted.class, e -> "Moderation action carried out in post-service (DONE)"),
            entry(ModerationActionFailed.class, e -> "Moderation action FAILED in post-service: " + e.reason()),
            entry(NoteAdded.class, e -> "Note: " + e.text()),
            entry(EvidenceAdded.class,
                    e -> "Evidence added: " + e.fileName() + " (" + e.contentType() + ", " + e.size()
                            + " bytes), SHA-256 " + e.sha256() + ", evidence id " + e.evidenceId()),
            entry(DeadlineMissed.class, e -> clock(e.kind()) + " overdue at " + e.level() + " level"),
            entry(DeadlineReinstated.class,
                    e -> clock(e.kind()) + " deadline at " + e.level() + " level reinstated, due " + e.due()
                            + ": it was missing from the scheduler"),
            entry(IncidentClosed.class, e -> "Closed as " + e.outcome() + ": " + e.rationale()),
            entry(IncidentReopened.class, e -> "Reopened at " + e.level() + " level"),
            entry(LegalHoldPlaced.class, e -> "Legal hold placed: " + e.reason()),
            entry(LegalHoldLifted.class,
                    e -> "Legal hold lifted" + (e.reason() == null || e.reason().isBlank() ? "" : ": " + e.reason())),
            entry(IncidentDisposed.class,
                    e -> "Record disposed of under the " + e.rule() + " retention rule, disposal " + e.disposalId()),
            entry(SubjectsCorrected.class, e -> "Subjects corrected from " + people(e.before()) + " to "
                    + people(e.after()) + (e.rerouted() ? ". " + e.routing() + "." : "")));

    private TimelineSummary() {
    }

    private static String clock(DeadlineKind kind) {
        return kind == DeadlineKind.ACKNOWLEDGEMENT ? "Acknowledgement" : "LADO decision";
    }

    private static String people(List<Subject> subjects) {
        return subjects.isEmpty() ? "no one"
                : subjects.stream()
                    .map(subject -> subject.kind()
                            + Stream.of(subject.name(), subject.ref())
                                .filter(part -> part != null && !part.isBlank())
                                .map(part -> " " + part)
                                .collect(Collectors.joining())
                            + (subject.dateOfBirth() == null ? "" : " born " + subject.dateOfBirth()))
                    .collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * The sending school's chronology is written out in full, so that the timeline and
     * every export made from it carry the whole history.
     */
    private static String received(IncidentReceived e) {
        return "Received from " + e.fromSchool() + " in a child-protection file (transfer " + e.transferId()
                + ", their incident " + e.originalIncidentId() + ")"
                + (e.closedThereAs() == null ? "" : ", closed there as " + e.closedThereAs()) + ", on the "
                + (e.form() == Form.E_SAFETY ? "orange e-safety" : "yellow safeguarding") + " form as " + e.category()
                + ", routed to the DSL. Their chronology: "
                + e.chronology().stream().map(TimelineSummary::step).collect(Collectors.joining(" | "));
    }

    private static String step(ReceivedStep step) {
        return step.step() + ". " + step.at() + " " + step.actor()
                + (step.role() == null ? "" : " (" + step.role() + ")")
                + (step.via() == null ? "" : " via " + step.via()) + ": " + step.whatHappened()
                + (step.why() == null || step.why().isBlank() ? "" : " Why: " + step.why());
    }

    static String of(Object event) {
        return SUMMARIES.getOrDefault(event.getClass(), e -> e.getClass().getSimpleName()).apply(event);
    }

    @SuppressWarnings("unchecked")
    private static <E> Map.Entry<Class<?>, Function<Object, String>> entry(Class<E> type, Function<E, String> summary) {
        return Map.entry(type, event -> summary.apply((E) event));
    }

}
