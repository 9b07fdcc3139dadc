package org.safeguarding.incident.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.safeguarding.incident.incident.Permissions;
import org.safeguarding.kernel.api.incident.DeadlineKind;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.page.PageController;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The dashboard as a page: the open concerns at each level, highest first, each with its
 * clocks counting down in working time, the overdue ones first and marked. The part with
 * the clocks brings itself up to date every {@code safeguarding.dashboard.refresh-every}
 * (htmx), leaving the focus and the scroll where they were. Built from the same
 * {@link Dashboards} as {@code GET /api/dashboard}.
 */
@PageController
@RequestMapping("/dashboard")
@PreAuthorize(Permissions.DASHBOARD_READERS)
class DashboardPage {

    /**
     * One concern on the dashboard and one of its clocks; a concern with no clock running
     * (acknowledged) has one row without.
     */
    record Row(String incidentId, String summary, DeadlineKind kind, Instant due, boolean overdue) {
    }

    /** The open concerns at one level. */
    record AtLevel(Level level, long open, List<Row> rows) {
    }

    private final Dashboards dashboards;

    private final Duration refreshEvery;

    DashboardPage(Dashboards dashboards,
            @Value("${safeguarding.dashboard.refresh-every:PT30S}") Duration refreshEvery) {
        this.dashboards = dashboards;
        this.refreshEvery = refreshEvery;
    }

    @GetMapping
    String page(Model model) {
        clocks(model);
        return "dashboard/page";
    }

    /** The part that refreshes itself. */
    @GetMapping("/clocks")
    String clocks(Model model) {
        Dashboard dashboard = dashboards.of(CurrentActor.require());
        List<AtLevel> levels = new ArrayList<>();
        for (Level level : List.of(Level.SLT, Level.DSL, Level.COMPUTING_LEAD)) {
            levels.add(new AtLevel(level, dashboard.openByLevel().getOrDefault(level, 0L), rows(dashboard, level)));
        }
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("levels", levels);
        model.addAttribute("overdue", dashboard.overdue().size());
        model.addAttribute("refreshSeconds", Math.max(1, refreshEvery.toSeconds()));
        return "dashboard/page :: clocks";
    }

    /** Overdue clocks first, longest overdue first; then the others, soonest first. */
    private static List<Row> rows(Dashboard dashboard, Level level) {
        List<Row> rows = new ArrayList<>();
        dashboard.overdue()
            .stream()
            .filter(clock -> clock.level() == level)
            .forEach(clock -> rows.add(new Row(clock.incidentId(), clock.summary(), clock.kind(), clock.due(), true)));
        dashboard.dueNext()
            .stream()
            .filter(clock -> clock.level() == level)
            .sorted(Comparator.comparing(Dashboard.Upcoming::due))
            .forEach(clock -> rows.add(new Row(clock.incidentId(), clock.summary(), clock.kind(), clock.due(), false)));
        Set<String> withClocks = new HashSet<>(rows.stream().map(Row::incidentId).toList());
        dashboard.open()
            .stream()
            .filter(open -> open.level() == level && !withClocks.contains(open.incidentId()))
            .forEach(open -> rows.add(new Row(open.incidentId(), open.summary(), null, null, false)));
        return rows;
    }

}
