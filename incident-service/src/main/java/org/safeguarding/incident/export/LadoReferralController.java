package org.safeguarding.incident.export;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.safeguarding.incident.audit.AccessLog;
import org.safeguarding.incident.incident.IncidentAccess;
import org.safeguarding.incident.incident.IncidentView;
import org.safeguarding.incident.incident.IncidentViewRepository;
import org.safeguarding.incident.timeline.Timeline;
import org.safeguarding.incident.timeline.TimelineEntry;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.api.incident.AdviceRecorded;
import org.safeguarding.kernel.api.incident.AdviceSource;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.LadoReferralDetails;
import org.safeguarding.kernel.api.incident.ReferredToLADO;
import org.safeguarding.kernel.api.incident.ReferredToPolice;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.incident.SubjectKind;
import org.safeguarding.kernel.audit.SignedExports;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.kernel.security.CurrentActor;
import org.safeguarding.kernel.security.SchoolDirectory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/incidents/{id}/lado-referral}: the referral as a LADO asks for it, filled from the incident's
 * events, with the earlier concerns and low-level concerns recorded about the same adult. Before a referral is
 * made it is a draft filled from the report.
 */
@RestController
@PreAuthorize("hasAnyRole('DSL', 'HEADTEACHER')")
class LadoReferralController {

    private static final String PATH = "/api/incidents/{id}/lado-referral";

    record Referrer(String username, String name, String role) {
    }

    record EarlierConcern(String incidentId, Instant reportedAt, Category category, boolean lowLevelConcern,
                          String summary, String status, String outcome) {
    }

    record LadoReferral(String incidentId, boolean referred, LadoReferralDetails.Adult adult,
                        LadoReferralDetails.Allegation allegation, List<String> childrenInvolved, String actionsTaken,
                        List<String> actionsSoFar, LadoReferralDetails.Informed informed, Referrer referrer,
                        Instant referredAt, Instant decisionDue, Boolean withinOneWorkingDay,
                        List<EarlierConcern> earlierConcerns) {
    }

    private final EventStore eventStore;
    private final IncidentViewRepository views;
    private final Timeline timeline;
    private final IncidentAccess access;
    private final SchoolDirectory directory;
    private final SignedExports exports;

    LadoReferralController(EventStore eventStore, IncidentViewRepository views, Timeline timeline,
                           IncidentAccess access, SchoolDirectory directory, SignedExports exports) {
        this.eventStore = eventStore;
        this.views = views;
        this.timeline = timeline;
        this.access = access;
        this.directory = directory;
        this.exports = exports;
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> json(@PathVariable String id) {
        return exports.json(referral(id));
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        LadoReferral referral = referral(id);
        return exports.pdf("lado-referral-" + id + ".pdf", checkpoint -> layOut(id, referral).finish(checkpoint));
    }

    private static PdfReport layOut(String id, LadoReferral referral) {
        PdfReport pdf = new PdfReport("Referral to the Local Authority Designated Officer (LADO)",
                (referral.referred() ? "Referred " + SchoolTime.dateTime(referral.referredAt())
                        : "Draft: not yet referred") + ". Incident " + id + ".");
        pdf.heading("The adult")
                .field("Name", referral.adult().name())
                .field("Role", referral.adult().role())
                .field("Employment status", referral.adult().employmentStatus());
        pdf.heading("The allegation")
                .field("What", referral.allegation().what())
                .field("When", referral.allegation().when())
                .field("Where", referral.allegation().where())
                .field("How it came to light", referral.allegation().howItCameToLight());
        pdf.heading("Children involved").field("Children", String.join(", ", referral.childrenInvolved()));
        pdf.heading("Actions taken so far").field("Actions taken", referral.actionsTaken());
        referral.actionsSoFar().forEach(action -> pdf.field("Recorded", action));
        pdf.heading("Who has been informed")
                .field("Parents", yesNo(referral.informed().parents()))
                .field("Police", yesNo(referral.informed().police()))
                .field("HR", yesNo(referral.informed().hr()));
        pdf.heading("Referral")
                .field("Referrer", referral.referrer() == null ? null
                        : referral.referrer().name() + " (" + referral.referrer().username() + ", " + referral.referrer().role() + ")")
                .field("Date and time of referral", SchoolTime.dateTime(referral.referredAt()))
                .field("Decision due by", SchoolTime.dateTime(referral.decisionDue()))
                .field("Made within one working day", referral.withinOneWorkingDay() == null ? null
                        : yesNo(referral.withinOneWorkingDay()));
        pdf.heading("Earlier concerns about the same adult");
        if (referral.earlierConcerns().isEmpty()) {
            pdf.field("Earlier concerns", "none recorded");
        } else {
            pdf.table(List.of("reported", "category", "low-level concern", "summary", "status", "outcome"),
                    referral.earlierConcerns().stream().map(concern -> List.of(SchoolTime.date(concern.reportedAt()),
                            concern.category().name(), yesNo(concern.lowLevelConcern()), concern.summary(),
                            concern.status(), concern.outcome() == null ? "" : concern.outcome())).toList(),
                    10, 14, 10, 40, 10, 16);
        }
        return pdf;
    }

    private LadoReferral referral(String id) {
        Actor reader = CurrentActor.require();
        IncidentView incident = access.readCaseFile(reader, id, AccessLog.Action.LADO_REFERRAL_EXPORT);

        ReferredToLADO referred = null;
        Actor referrer = null;
        boolean policeInformed = false;
        boolean hrInformed = false;
        var events = eventStore.readEvents(id);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getPayload() instanceof ReferredToLADO referral) {
                referred = referral;
                referrer = AuditMetaData.actorOf(event.getMetaData());
            } else if (event.getPayload() instanceof ReferredToPolice) {
                policeInformed = true;
            } else if (event.getPayload() instanceof AdviceRecorded advice && advice.from() == AdviceSource.HR) {
                hrInformed = true;
            }
        }
        List<String> actionsSoFar = timeline.find(id).stream()
                .map(entry -> SchoolTime.date(entry.at()) + " " + SchoolTime.time(entry.at()) + " " + entry.summary())
                .toList();
        LadoReferralDetails details = referred != null ? referred.details() : draftFrom(incident);
        var informed = new LadoReferralDetails.Informed(details.informed().parents(),
                details.informed().police() || policeInformed, details.informed().hr() || hrInformed);
        Referrer referredBy = referrer == null ? null : new Referrer(referrer.username(),
                directory.displayName(referrer.username()).orElse(referrer.username()),
                referrer.role() == null ? null : referrer.role().name());
        return new LadoReferral(id, referred != null, details.adult(), details.allegation(), details.childrenInvolved(),
                details.actionsTaken(), actionsSoFar, informed, referredBy,
                referred == null ? null : referred.referredAt(),
                referred != null ? referred.decisionDue() : dueFor(incident),
                referred == null ? null : referred.withinDeadline(),
                earlierConcerns(reader, incident, details.adult().name()));
    }

    private static Instant dueFor(IncidentView incident) {
        return incident.deadlines().stream()
                .filter(deadline -> deadline.kind() == org.safeguarding.kernel.api.incident.DeadlineKind.LADO_DECISION)
                .map(IncidentView.Deadline::due).findFirst().orElse(null);
    }

    private static LadoReferralDetails draftFrom(IncidentView incident) {
        Subject adult = incident.subjects().stream().filter(Subject::worksWithChildren).findFirst()
                .orElse(new Subject(SubjectKind.OTHER, null, null));
        List<String> children = incident.subjects().stream().filter(subject -> subject.kind() == SubjectKind.PUPIL)
                .map(subject -> subject.name() != null ? subject.name() : subject.ref()).toList();
        String where = incident.channel() + (incident.platform() == null ? "" : " (" + incident.platform() + ")");
        return new LadoReferralDetails(
                new LadoReferralDetails.Adult(adult.name(), adult.kind().name(), null),
                new LadoReferralDetails.Allegation(incident.summary() + (incident.details() == null ? "" : ": " + incident.details()),
                        SchoolTime.dateTime(incident.occurredAt()), where,
                        "Reported by " + incident.reportedBy() + " on " + SchoolTime.dateTime(incident.reportedAt())),
                children, null, new LadoReferralDetails.Informed(false, false, false));
    }

    /** Earlier incidents naming the same adult, of those the reader has a need to know; each is logged as exported. */
    private List<EarlierConcern> earlierConcerns(Actor reader, IncidentView incident, String adultName) {
        if (adultName == null || adultName.isBlank()) {
            return List.of();
        }
        String wanted = normalised(adultName);
        List<IncidentView> aboutTheSameAdult = views.findAll().stream()
                .filter(other -> !other.id().equals(incident.id()) && other.reportedAt().isBefore(incident.reportedAt()))
                .filter(other -> other.subjects().stream().filter(Subject::worksWithChildren)
                        .anyMatch(subject -> normalised(subject.name()).equals(wanted)))
                .toList();
        return access.caseFiles(reader, aboutTheSameAdult, AccessLog.Action.LADO_REFERRAL_EXPORT).stream()
                .map(other -> new EarlierConcern(other.id(), other.reportedAt(), other.category(),
                        other.category() == Category.STAFF_CONDUCT && !other.allegationAgainstAdult(), other.summary(),
                        other.status().name(), other.outcome() == null ? null : other.outcome().name()))
                .toList();
    }

    private static String normalised(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
