package org.safeguarding.incident.incident;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.PagedResult;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.incident.Level;
import org.springframework.stereotype.Component;

/**
 * The way every read reaches incidents: it applies {@link NeedToKnow} to each one, shapes
 * what is returned to the reader's {@link Sight}, and writes one access-log entry for
 * each incident it hands out.
 */
@Component
public class IncidentAccess {

    /**
     * An incident as one reader may see it, with how much they may see, for reads that go
     * on to other records.
     */
    public record Seen(IncidentView view, Sight sight) {
    }

    private final IncidentViewRepository views;

    private final AccessLog accessLog;

    IncidentAccess(IncidentViewRepository views, AccessLog accessLog) {
        this.views = views;
        this.accessLog = accessLog;
    }

    /** 403 for a role that reads no incident, before any incident is looked at. */
    private void requireMayRead(Actor reader) {
        if (!NeedToKnow.readsIncidents(reader)) {
            throw new RuleViolation(IncidentProblem.NO_INCIDENT_ACCESS, "Your role does not read incidents");
        }
    }

    /**
     * The incident as the reader may see it, its reading logged; 404 where they have no
     * need to know, so that its existence does not leak.
     */
    public Seen read(Actor reader, String incidentId, AccessLog.Action action) {
        Seen seen = requireSight(reader, incidentId, Sight.REPORTER);
        accessLog.record(reader, action, incidentId);
        return seen;
    }

    /** The whole case file, for exports; 404 for anyone who may see less of it. */
    public IncidentView readCaseFile(Actor reader, String incidentId, AccessLog.Action action) {
        IncidentView caseFile = requireSight(reader, incidentId, Sight.CASE_FILE).view();
        accessLog.record(reader, action, incidentId);
        return caseFile;
    }

    /**
     * Before a command: the same 403 and 404 as a read, so a command tells no more than a
     * read would.
     */
    void requireMayAct(Actor actor, String incidentId) {
        requireSight(actor, incidentId, Sight.REPORTER);
    }

    /**
     * A command's answer: the incident as its actor may now see it, and never less than
     * its reporter's view, because they have just reported it or acted on it.
     */
    IncidentView answer(Actor actor, String incidentId) {
        IncidentView view = views.find(incidentId).orElseThrow();
        Sight sight = NeedToKnow.sightOf(actor, view.accessFacts());
        return shaped(view, sight.atLeast(Sight.REPORTER) ? sight : Sight.REPORTER);
    }

    /**
     * A page of what the reader may see, newest first; only the incidents on the page are
     * read and logged.
     */
    public PagedResult<IncidentView> list(Actor reader, IncidentView.Status status, Level level, int page, int size) {
        requireMayRead(reader);
        List<AccessFacts> visible = views.findAccessFacts(status, level)
            .stream()
            .filter(facts -> NeedToKnow.sightOf(reader, facts).atLeast(Sight.REPORTER))
            .toList();
        List<AccessFacts> onPage = visible.stream().skip((long) page * size).limit(size).toList();
        List<IncidentView> content = views.findAll(onPage.stream().map(AccessFacts::incidentId).toList())
            .stream()
            .map(view -> shaped(view, NeedToKnow.sightOf(reader, view.accessFacts())))
            .toList();
        accessLog.record(reader, AccessLog.Action.LIST, content.stream().map(IncidentView::id).toList());
        return new PagedResult<>(content, page, size, visible.size());
    }

    /**
     * What the reader reported and may still see, newest first, as its reporter sees it
     * whatever else their role lets them see: for their own list. All of it logged.
     */
    List<IncidentView> reportedBy(Actor reader) {
        requireMayRead(reader);
        List<String> ids = views.findAccessFactsReportedBy(reader.username())
            .stream()
            .filter(facts -> NeedToKnow.sightOf(reader, facts).atLeast(Sight.REPORTER))
            .map(AccessFacts::incidentId)
            .toList();
        List<IncidentView> reported = views.findAll(ids).stream().map(view -> shaped(view, Sight.REPORTER)).toList();
        accessLog.record(reader, AccessLog.Action.LIST, ids);
        return reported;
    }

    /**
     * The case files of open incidents the reader may see, oldest first, each one logged:
     * for dashboards.
     */
    public List<IncidentView> openCaseFiles(Actor reader, AccessLog.Action action) {
        return caseFiles(reader, views.findOpen(), action);
    }

    /**
     * Of the incidents reported from {@code from} until {@code to} that a report wants,
     * the case files the reader may see, oldest first, each one logged.
     */
    public List<IncidentView> caseFilesReportedBetween(Actor reader, Instant from, Instant to,
            Predicate<IncidentView> wanted, AccessLog.Action action) {
        return caseFiles(reader, views.findReportedBetween(from, to).stream().filter(wanted).toList(), action);
    }

    /**
     * Of all incidents that an export wants, the case files the reader may see, oldest
     * first, each one logged.
     */
    public List<IncidentView> caseFiles(Actor reader, Predicate<IncidentView> wanted, AccessLog.Action action) {
        return caseFiles(reader, views.findAll().stream().filter(wanted).toList(), action);
    }

    private List<IncidentView> caseFiles(Actor reader, Collection<IncidentView> candidates, AccessLog.Action action) {
        List<IncidentView> caseFiles = candidates.stream()
            .filter(view -> NeedToKnow.sightOf(reader, view.accessFacts()) == Sight.CASE_FILE)
            .toList();
        accessLog.record(reader, action, caseFiles.stream().map(IncidentView::id).toList());
        return caseFiles;
    }

    /**
     * The incidents whose events the audit page leaves out for this reader: those they
     * may not see at all.
     */
    public Set<String> hiddenFromTheAuditTrail(Actor reader) {
        return views.findAccessFacts(null, null)
            .stream()
            .filter(facts -> NeedToKnow.sightOf(reader, facts) == Sight.NONE)
            .map(AccessFacts::incidentId)
            .collect(Collectors.toUnmodifiableSet());
    }

    private Seen requireSight(Actor reader, String incidentId, Sight needed) {
        requireMayRead(reader);
        return views.find(incidentId)
            .map(view -> new Seen(view, NeedToKnow.sightOf(reader, view.accessFacts())))
            .filter(seen -> seen.sight().atLeast(needed))
            .map(seen -> new Seen(shaped(seen.view(), seen.sight()), seen.sight()))
            .orElseThrow(() -> new RuleViolation(IncidentProblem.INCIDENT_NOT_FOUND, "No such incident"));
    }

    /**
     * The view cut to what the sight allows; anything less than the reporter's is never
     * handed out.
     */
    static IncidentView shaped(IncidentView view, Sight sight) {
        return switch (sight) {
            case CASE_FILE -> view;
            case REPORTER -> view.asSeenByTheReporter();
            case NONE, AUDIT_TRAIL -> throw new IllegalArgumentException("Not a sight of a case file: " + sight);
        };
    }

}
