package org.safeguarding.incident.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.safeguarding.incident.audit.AccessLog;
import org.safeguarding.incident.incident.IncidentAccess;
import org.safeguarding.incident.incident.IncidentView;
import org.safeguarding.incident.incident.IncidentViewRepository;
import org.safeguarding.kernel.api.incident.DeadlineKind;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/dashboard}: what the DSL and senior leaders follow: open incidents by level, and what is overdue.
 * Only the case files the reader has a need to know count or appear, and each of them is logged as read.
 */
@RestController
class DashboardController {

    private final IncidentViewRepository views;
    private final IncidentAccess access;
    private final Clock clock;

    DashboardController(IncidentViewRepository views, IncidentAccess access, Clock clock) {
        this.views = views;
        this.access = access;
        this.clock = clock;
    }

    record Dashboard(Instant at, Map<Level, Long> openByLevel, long unacknowledged, List<Overdue> overdue,
                     List<Upcoming> dueNext) {
    }

    record Overdue(String incidentId, String summary, Level level, DeadlineKind kind, Instant due) {
    }

    record Upcoming(String incidentId, String summary, Level level, DeadlineKind kind, Instant due) {
    }

    @GetMapping("/api/dashboard")
    @PreAuthorize("hasAnyRole('DSL', 'SLT')")
    Dashboard dashboard() {
        Instant now = clock.instant();
        List<IncidentView> open = access.caseFiles(CurrentActor.require(), views.findOpen(), AccessLog.Action.DASHBOARD)
                .stream().map(view -> view.withDeadlinesAsOf(now)).toList();
        Map<Level, Long> openByLevel = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            openByLevel.put(level, open.stream().filter(view -> view.level() == level).count());
        }
        List<Overdue> overdue = open.stream()
                .flatMap(view -> view.deadlines().stream().filter(IncidentView.Deadline::overdue)
                        .map(deadline -> new Overdue(view.id(), view.summary(), view.level(), deadline.kind(), deadline.due())))
                .sorted(Comparator.comparing(Overdue::due))
                .toList();
        List<Upcoming> dueNext = open.stream()
                .flatMap(view -> view.deadlines().stream().filter(deadline -> !deadline.overdue())
                        .map(deadline -> new Upcoming(view.id(), view.summary(), view.level(), deadline.kind(), deadline.due())))
                .sorted(Comparator.comparing(Upcoming::due))
                .toList();
        long unacknowledged = open.stream().filter(view -> !view.acknowledged()).count();
        return new Dashboard(now, openByLevel, unacknowledged, overdue, dueNext);
    }
}
