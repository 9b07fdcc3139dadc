package org.safeguarding.incident.dashboard;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguarding.incident.incident.Permissions;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/dashboard}: what the DSL and senior leaders follow: open incidents by
 * level, and what is overdue. Only the case files the reader has a need to know count or
 * appear, and each of them is logged as read.
 */
@RestController
@Tag(name = "dashboard", description = "Open incidents by level and deadlines overdue, for the DSL and SLT")
class DashboardController {

    private final Dashboards dashboards;

    DashboardController(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/dashboard")
    @PreAuthorize(Permissions.DASHBOARD_READERS)
    Dashboard dashboard() {
        return dashboards.of(CurrentActor.require());
    }

}
