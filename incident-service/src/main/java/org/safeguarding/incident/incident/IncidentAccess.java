package org.safeguarding.incident.incident;

import java.util.Optional;

import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.incident.Level;
import org.springframework.stereotype.Component;

/**
 * Need to know: staff see what they reported, the computing lead e-safety matters, SLT what is at SLT level, the
 * DSL and the headteacher everything. Governors, administrators and service accounts read no incident.
 */
@Component
public class IncidentAccess {

    private final IncidentViewRepository views;

    public IncidentAccess(IncidentViewRepository views) {
        this.views = views;
    }

    static boolean seesEverything(Actor reader) {
        return reader.hasAny(Role.DSL, Role.HEADTEACHER);
    }

    static boolean readsIncidents(Actor reader) {
        return reader.hasAny(Role.STAFF, Role.COMPUTING_LEAD, Role.DSL, Role.SLT, Role.HEADTEACHER);
    }

    public static boolean mayView(Actor reader, IncidentView view) {
        return seesEverything(reader)
                || reader.username().equals(view.reportedBy())
                || reader.has(Role.COMPUTING_LEAD) && view.isESafetyMatter()
                || reader.has(Role.SLT) && view.level() == Level.SLT;
    }

    /** 403 for a role that reads no incident; 404 where the reader has no need to know, so existence does not leak. */
    public void requireMayRead(Actor reader) {
        if (!readsIncidents(reader)) {
            throw RuleViolation.forbidden("no-incident-access", "Your role does not read incidents");
        }
    }

    public IncidentView requireVisible(Actor reader, String incidentId) {
        return requireVisible(reader, views.find(incidentId));
    }

    public IncidentView requireVisible(Actor reader, Optional<IncidentView> view) {
        requireMayRead(reader);
        return view.filter(found -> mayView(reader, found))
                .orElseThrow(() -> RuleViolation.notFound("incident-not-found", "No such incident"));
    }
}
