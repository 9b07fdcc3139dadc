package org.safeguarding.incident.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.safeguarding.incident.incident.AccessLog;
import org.safeguarding.incident.incident.IncidentAccess;
import org.safeguarding.incident.incident.IncidentView;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.api.incident.Level;
import org.springframework.stereotype.Component;

/**
 * Builds a reader's dashboard from the open case files they have a need to know, each of
 * them logged as read.
 */
@Component
class Dashboards {

    private final IncidentAccess access;

    private final Clock clock;

    Dashboards(IncidentAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    Dashboard of(Actor reader) {
        Instant now = clock.instant();
        List<IncidentView> open = access.openCaseFiles(reader, AccessLog.Action.DASHBOARD)
            .stream()
            .map(view -> view.withDeadlinesAsOf(now))
            .toList();
        Map<Level, Long> openByLevel = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            openByLevel.put(level, open.stream().filter(view -> view.level() == level).count());
        }
        List<Dashboard.Overdue> overdue = open.stream()
            .flatMap(view -> view.deadlines()
                .stream()
                .filter(IncidentView.Deadline::overdue)
                .map(deadline -> new Dashboard.Overdue(view.id(), view.summary(), view.level(), deadline.kind(),
                        deadline.due())))
            .sorted(Comparator.comparing(Dashboard.Overdue::due))
            .toList();
        List<Dashboard.Upcoming> dueNext = open.stream()
            .flatMap(view -> view.deadlines()
                .stream()
                .filter(deadline -> !deadline.overdue())
                .map(deadline -> new Dashboard.Upcoming(view.id(), view.summary(), view.level(), deadline.kind(),
                        deadline.due())))
            .sorted(Comparator.comparing(Dashboard.Upcoming::due))
            .toList();
        long unacknowledged = open.stream().filter(view -> !view.acknowledged()).count();
        List<Dashboard.Open> each = open.stream()
            .map(view -> new Dashboard.Open(view.id(), view.summary(), view.level(), view.acknowledged(),
                    view.reportedAt()))
            .toList();
        return new Dashboard(now, openByLevel, unacknowledged, overdue, dueNext, each);
    }

}
