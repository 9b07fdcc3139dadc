package org.safeguarding.incident.subjectaccess;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.safeguarding.incident.audit.KnownPupils;
import org.safeguarding.incident.audit.Pseudonyms;
import org.safeguarding.incident.export.ExportFormat;
import org.safeguarding.incident.incident.AccessLog;
import org.safeguarding.incident.incident.IncidentAccess;
import org.safeguarding.incident.incident.IncidentView;
import org.safeguarding.incident.timeline.Timeline;
import org.safeguarding.incident.timeline.TimelineEntry;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.incident.DataSubjectKind;
import org.safeguarding.kernel.api.incident.ReleaseSubjectAccess;
import org.safeguarding.kernel.api.incident.RequestSubjectAccess;
import org.safeguarding.kernel.api.incident.SubjectAccessFileDeleted;
import org.safeguarding.kernel.api.incident.SubjectAccessReleased;
import org.safeguarding.kernel.api.incident.SubjectAccessRequested;
import org.safeguarding.kernel.api.post.CommentConcerning;
import org.safeguarding.kernel.api.post.DataSubject;
import org.safeguarding.kernel.api.post.SubjectRecords;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.kernel.audit.SignedExports;
import org.safeguarding.kernel.names.KnownNames;
import org.safeguarding.kernel.security.SchoolDirectory;
import org.safeguarding.kernel.servicecall.ServiceCall;
import org.safeguarding.kernel.servicecall.ServiceClient;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Making, reading and releasing subject access requests, for the API (and any page)
 * alike. A request gathers the incidents naming the person that the requester may read as
 * a case file, and post-service's records (asked over HTTP on the requester's behalf),
 * into a {@link Bundle}; the bundle is kept encrypted, the request recorded as an event
 * naming the person only by pseudonym, both in one transaction. Every reading is in the
 * access log, and shows only the incidents the reader may still read as a case file.
 */
@Component
class SubjectAccessRequests {

    /**
     * {@code POST /api/subject-access}: a pupil by ref or name, an adult by name or
     * username.
     */
    record Request(@NotNull DataSubjectKind subjectKind, @Size(max = 50) String ref, @Size(max = 200) String name,
            @Size(max = 100) String username, @NotBlank @Size(max = 2000) String reason) {
    }

    /** {@code POST /api/subject-access/{id}/release}: what was withheld and why. */
    record Release(@NotBlank @Size(max = 2000) String note) {
    }

    private static final String RECORDS_PATH = "/api/subject-access/records";

    private final IncidentAccess access;

    private final Timeline timeline;

    private final ServiceClient postService;

    private final KnownPupils knownPupils;

    private final SchoolDirectory directory;

    private final Pseudonyms pseudonyms;

    private final SubjectAccessFiles files;

    private final CommandGateway commands;

    private final EventStore events;

    private final TransactionTemplate transaction;

    private final AccessLog accessLog;

    private final SignedExports exports;

    private final Clock clock;

    SubjectAccessRequests(IncidentAccess access, Timeline timeline, ServiceClient postService, KnownPupils knownPupils,
            SchoolDirectory directory, Pseudonyms pseudonyms, SubjectAccessFiles files, CommandGateway commands,
            EventStore events, TransactionTemplate transaction, AccessLog accessLog, SignedExports exports,
            Clock clock) {
        this.access = access;
        this.timeline = timeline;
        this.postService = postService;
        this.knownPupils = knownPupils;
        this.directory = directory;
        this.pseudonyms = pseudonyms;
        this.files = files;
        this.commands = commands;
        this.events = events;
        this.transaction = transaction;
        this.accessLog = accessLog;
        this.exports = exports;
        this.clock = clock;
    }

    /**
     * @return the new request's id
     */
    String request(Actor requester, Request body) {
        DataSubjectKind kind = body.subjectKind();
        DataSubject subject = identify(body);
        String pseudonym = pseudonymOf(kind, subject);
        SubjectRecords post = postService.send(ServiceCall.post(RECORDS_PATH, subject).onBehalfOf(requester.username()),
                SubjectRecords.class);
        Map<String, List<TimelineEntry>> chronologies = new HashMap<>();
        List<BundleAssembly.IncidentRecord> incidents = access
            .caseFiles(requester,
                    incident -> !BundleAssembly.namedAs(subject, kind, record(incident, chronologies)).isEmpty(),
                    AccessLog.Action.SUBJECT_ACCESS)
            .stream()
            .map(incident -> record(incident, chronologies))
            .toList();
        ThirdParties parties = ThirdParties.around(subject, pseudonyms)
            .pupils(knownPupils.all().pupils())
            .staff(directory.people())
            .adults(incidents.stream().flatMap(record -> record.incident().subjects().stream()).toList())
            .authors(post.comments().stream().map(CommentConcerning::author).toList())
            .build();
        Bundle bundle = BundleAssembly.assemble(subject, kind, incidents, post, parties);
        String id = UUID.randomUUID().toString();
        String reason = withoutTheSubject(subject, pseudonym, body.reason());
        transaction.executeWithoutResult(status -> {
            commands.sendAndWait(new RequestSubjectAccess(id, kind, pseudonym, bundle.items(), reason));
            files.keep(id, new SubjectAccessFiles.File(kind, subject, bundle), clock.instant());
        });
        return id;
    }

    /** The request as the reader may see it, the reading logged. */
    SubjectAccessView read(Actor reader, String id, AccessLog.Action action) {
        SubjectAccessView view = view(id);
        Set<String> bundled = view.bundle()
            .incidents()
            .stream()
            .map(Bundle.IncidentItem::incidentId)
            .collect(Collectors.toSet());
        Set<String> readable = access.caseFiles(reader, incident -> bundled.contains(incident.id()), action)
            .stream()
            .map(IncidentView::id)
            .collect(Collectors.toSet());
        accessLog.record(reader, action, id);
        Bundle bundle = view.bundle();
        return view.withBundle(
                new Bundle(bundle.incidents().stream().filter(item -> readable.contains(item.incidentId())).toList(),
                        bundle.comments(), bundle.posts(), bundle.consents()));
    }

    /** The request signed as JSON, or as PDF; every download logged. */
    ResponseEntity<byte[]> signed(Actor reader, String id, ExportFormat format) {
        SubjectAccessView view = read(reader, id, AccessLog.Action.SUBJECT_ACCESS_EXPORT);
        return format == ExportFormat.PDF ? exports.pdf("subject-access-" + id + ".pdf",
                checkpoint -> SubjectAccessDocument.pdf(view, checkpoint)) : exports.json(view);
    }

    void release(String id, Release body) {
        SubjectAccessView view = view(id);
        if (view.fileDeletedAt() != null) {
            throw new RuleViolation(SubjectAccessProblem.SUBJECT_ACCESS_FILE_DELETED,
                    "This subject access request's bundle was deleted at the end of its retention period");
        }
        if (view.status() == SubjectAccessView.Status.RELEASED) {
            throw new RuleViolation(SubjectAccessProblem.SUBJECT_ACCESS_ALREADY_RELEASED,
                    "This subject access request was released already");
        }
        commands.sendAndWait(
                new ReleaseSubjectAccess(id, withoutTheSubject(view.subject(), view.subjectPseudonym(), body.note())));
    }

    /**
     * The request from its events and its kept file (or what is left once the file is
     * deleted); 404 if there is no such request.
     */
    private SubjectAccessView view(String id) {
        DomainEventMessage<?> requested = null;
        DomainEventMessage<?> released = null;
        DomainEventMessage<?> fileDeleted = null;
        try (Stream<? extends DomainEventMessage<?>> stream = events.readEvents(id).asStream()) {
            for (DomainEventMessage<?> event : stream.toList()) {
                if (event.getPayload() instanceof SubjectAccessRequested) {
                    requested = event;
                }
                else if (event.getPayload() instanceof SubjectAccessReleased) {
                    released = event;
                }
                else if (event.getPayload() instanceof SubjectAccessFileDeleted) {
                    fileDeleted = event;
                }
            }
        }
        SubjectAccessFiles.File file = fileDeleted == null ? files.find(id).orElse(null) : null;
        if (requested == null || (fileDeleted == null && file == null)) {
            throw new RuleViolation(SubjectAccessProblem.SUBJECT_ACCESS_NOT_FOUND, "No such subject access request");
        }
        SubjectAccessRequested request = (SubjectAccessRequested) requested.getPayload();
        SubjectAccessView.Release release = released == null ? null
                : new SubjectAccessView.Release(AuditMetaData.actorOf(released.getMetaData()).username(),
                        released.getTimestamp(), AuditMetaData.reasonOf(released.getMetaData()));
        return new SubjectAccessView(id, request.subjectKind(), file == null ? null : file.subject(),
                request.subjectPseudonym(), AuditMetaData.actorOf(requested.getMetaData()).username(),
                requested.getTimestamp(), AuditMetaData.reasonOf(requested.getMetaData()),
                release == null ? SubjectAccessView.Status.REQUESTED : SubjectAccessView.Status.RELEASED, release,
                file == null ? SubjectAccessView.DELETED_NOTICE : SubjectAccessView.NOTICE,
                file == null ? Bundle.EMPTY : file.bundle(), fileDeleted == null ? null : fileDeleted.getTimestamp());
    }

    private BundleAssembly.IncidentRecord record(IncidentView incident, Map<String, List<TimelineEntry>> chronologies) {
        return new BundleAssembly.IncidentRecord(incident, chronologies.computeIfAbsent(incident.id(), timeline::find));
    }

    /**
     * A pupil by ref or name; an adult by name or username, their name taken from the
     * directory when only the username is given.
     */
    private DataSubject identify(Request body) {
        String ref = blankless(body.ref());
        String name = blankless(body.name());
        String username = blankless(body.username());
        if (body.subjectKind() == DataSubjectKind.PUPIL) {
            if (ref == null && name == null) {
                throw new RuleViolation(SubjectAccessProblem.SUBJECT_NOT_IDENTIFIED,
                        "Name the pupil by their ref or their name");
            }
            return new DataSubject(ref, name, null);
        }
        if (name == null && username == null) {
            throw new RuleViolation(SubjectAccessProblem.SUBJECT_NOT_IDENTIFIED,
                    "Name the adult by their name or their username");
        }
        return new DataSubject(null,
                name != null || username == null ? name : directory.displayName(username).orElse(null), username);
    }

    private String pseudonymOf(DataSubjectKind kind, DataSubject subject) {
        if (kind == DataSubjectKind.PUPIL) {
            return subject.ref() != null ? pseudonyms.ofPupilRef(subject.ref())
                    : pseudonyms.ofPupilName(subject.name());
        }
        return subject.username() != null ? pseudonyms.ofAdultUsername(subject.username())
                : pseudonyms.ofAdultName(subject.name());
    }

    /**
     * The requester's words with the person's name and identifiers replaced by their
     * pseudonym: the reason is in the audit trail governors read.
     */
    private static String withoutTheSubject(DataSubject subject, String pseudonym, String text) {
        return KnownNames.<String>builder()
            .name(subject.name(), pseudonym)
            .identifier(subject.ref(), pseudonym)
            .identifier(subject.username(), pseudonym)
            .build()
            .replace(text, replacement -> replacement);
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

}
