package org.safeguarding.incident.export;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.safeguarding.incident.incident.AccessLog;
import org.safeguarding.incident.incident.IncidentAccess;
import org.safeguarding.incident.incident.IncidentView;
import org.safeguarding.incident.timeline.Timeline;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.api.incident.AdviceRecorded;
import org.safeguarding.kernel.api.incident.AdviceSource;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.DeadlineKind;
import org.safeguarding.kernel.api.incident.LadoReferralDetails;
import org.safeguarding.kernel.api.incident.ReferredToLADO;
import org.safeguarding.kernel.api.incident.ReferredToPolice;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.incident.SubjectKind;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.kernel.audit.SignedExports;
import org.safeguarding.kernel.security.SchoolDirectory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Fills a LADO referral from the incident's events (the referral made, who made it,
 * whether the police and HR have been told), its timeline and the earlier concerns about
 * the same adult. Only for a reader who may see the case file; the export, and every
 * earlier concern in it, is logged.
 */
@Component
class LadoReferrals {

    /**
     * What the incident's events add to its view: the referral as made, by whom, and who
     * else has been told.
     */
    private record Referred(ReferredToLADO referral, Actor referrer, boolean policeInformed, boolean hrInformed) {
    }

    private final EventStore eventStore;

    private final Timeline timeline;

    private final IncidentAccess access;

    private final SchoolDirectory directory;

    private final SignedExports exports;

    LadoReferrals(EventStore eventStore, Timeline timeline, IncidentAccess access, SchoolDirectory directory,
            SignedExports exports) {
        this.eventStore = eventStore;
        this.timeline = timeline;
        this.access = access;
        this.directory = directory;
        this.exports = exports;
    }

    /** The referral signed, as JSON or PDF: a LADO takes no CSV. */
    ResponseEntity<byte[]> signed(Actor reader, String incidentId, ExportFormat format) {
        LadoReferral referral = of(reader, incidentId);
        return switch (format) {
            case JSON -> exports.json(referral);
            case PDF -> exports.pdf("lado-referral-" + incidentId + ".pdf",
                    checkpoint -> LadoReferralDocument.pdf(referral, checkpoint));
            case CSV -> throw new IllegalArgumentException("A LADO referral is not exported as CSV");
        };
    }

    LadoReferral of(Actor reader, String incidentId) {
        IncidentView incident = access.readCaseFile(reader, incidentId, AccessLog.Action.LADO_REFERRAL_EXPORT);
        Referred referred = referred(incidentId);
        ReferredToLADO referral = referred.referral();
        List<String> actionsSoFar = timeline.find(incidentId)
            .stream()
            .map(entry -> SchoolTime.date(entry.at()) + " " + SchoolTime.time(entry.at()) + " " + entry.summary())
            .toList();
        LadoReferralDetails details = referral != null ? referral.details() : draftFrom(incident);
        var informed = new LadoReferralDetails.Informed(details.informed().parents(),
                details.informed().police() || referred.policeInformed(),
                details.informed().hr() || referred.hrInformed());
        Actor referrer = referred.referrer();
        LadoReferral.Referrer referredBy = referrer == null ? null
                : new LadoReferral.Referrer(referrer.username(),
                        directory.displayName(referrer.username()).orElse(referrer.username()),
                        referrer.role() == null ? null : referrer.role().name());
        return new LadoReferral(incidentId, referral != null, details.adult(), details.allegation(),
                details.childrenInvolved(), details.actionsTaken(), actionsSoFar, informed, referredBy,
                referral == null ? null : referral.referredAt(),
                referral != null ? referral.decisionDue() : dueFor(incident),
                referral == null ? null : referral.withinDeadline(),
                earlierConcerns(reader, incident, details.adult().name()));
    }

    private Referred referred(String incidentId) {
        ReferredToLADO referral = null;
        Actor referrer = null;
        boolean policeInformed = false;
        boolean hrInformed = false;
        DomainEventStream events = eventStore.readEvents(incidentId);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getPayload() instanceof ReferredToLADO made) {
                referral = made;
                referrer = AuditMetaData.actorOf(event.getMetaData());
            }
            else if (event.getPayload() instanceof ReferredToPolice) {
                policeInformed = true;
            }
            else if (event.getPayload() instanceof AdviceRecorded advice && advice.from() == AdviceSource.HR) {
                hrInformed = true;
            }
        }
        return new Referred(referral, referrer, policeInformed, hrInformed);
    }

    private static Instant dueFor(IncidentView incident) {
        return incident.deadlines()
            .stream()
            .filter(deadline -> deadline.kind() == DeadlineKind.LADO_DECISION)
            .map(IncidentView.Deadline::due)
            .findFirst()
            .orElse(null);
    }

    private static LadoReferralDetails draftFrom(IncidentView incident) {
        Subject adult = incident.subjects()
            .stream()
            .filter(Subject::worksWithChildren)
            .findFirst()
            .orElse(new Subject(SubjectKind.OTHER, null, null));
        List<String> children = incident.subjects()
            .stream()
            .filter(subject -> subject.kind() == SubjectKind.PUPIL)
            .map(subject -> subject.name() != null ? subject.name() : subject.ref())
            .toList();
        String where = incident.channel() + (incident.platform() == null ? "" : " (" + incident.platform() + ")");
        return new LadoReferralDetails(new LadoReferralDetails.Adult(adult.name(), adult.kind().name(), null),
                new LadoReferralDetails.Allegation(
                        incident.summary() + (incident.details() == null ? "" : ": " + incident.details()),
                        SchoolTime.dateTime(incident.occurredAt()), where,
                        "Reported by " + incident.reportedBy() + " on " + SchoolTime.dateTime(incident.reportedAt())),
                children, null, new LadoReferralDetails.Informed(false, false, false));
    }

    /**
     * Earlier incidents naming the same adult, of those the reader has a need to know;
     * each is logged as exported.
     */
    private List<LadoReferral.EarlierConcern> earlierConcerns(Actor reader, IncidentView incident, String adultName) {
        if (adultName == null || adultName.isBlank()) {
            return List.of();
        }
        String wanted = normalised(adultName);
        Predicate<IncidentView> earlierAboutTheSameAdult = other -> !other.id().equals(incident.id())
                && other.reportedAt().isBefore(incident.reportedAt())
                && other.subjects()
                    .stream()
                    .filter(Subject::worksWithChildren)
                    .anyMatch(subject -> normalised(subject.name()).equals(wanted));
        return access.caseFiles(reader, earlierAboutTheSameAdult, AccessLog.Action.LADO_REFERRAL_EXPORT)
            .stream()
            .map(other -> new LadoReferral.EarlierConcern(other.id(), other.reportedAt(), other.category(),
                    other.category() == Category.STAFF_CONDUCT && !other.allegationAgainstAdult(), other.summary(),
                    other.status().name(), other.outcome() == null ? null : other.outcome().name()))
            .toList();
    }

    private static String normalised(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

}
