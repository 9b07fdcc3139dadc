package org.safeguarding.incident.incident;

import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.api.incident.Level;

/**
 * Need to know, written once: every read, list, dashboard, export, report and audit page,
 * and every command, asks here how much of an incident a person may see.
 */
final class NeedToKnow {

    private NeedToKnow() {
    }

    static Sight sightOf(Actor reader, AccessFacts incident) {
        if (incident.names(reader.username())) {
            return Sight.NONE; // KCSIE part 4: the adult a report names never sees the
                               // case, whatever their role
        }
        if (reader.hasAny(Role.DSL, Role.HEADTEACHER)
                || reader.has(Role.CHAIR_OF_GOVERNORS) && incident.assignedRole() == Role.CHAIR_OF_GOVERNORS
                || reader.has(Role.COMPUTING_LEAD) && incident.eSafetyMatter()
                // a case routed to the computing lead before its category became the
                // DSL's
                || reader.has(Role.COMPUTING_LEAD) && incident.assignedRole() == Role.COMPUTING_LEAD
                || reader.has(Role.SLT) && incident.level() == Level.SLT && !incident.aboutAnAdultsConduct()) {
            return Sight.CASE_FILE;
        }
        if (reader.username().equals(incident.reportedBy())) {
            return Sight.REPORTER;
        }
        return reader.has(Role.GOVERNOR) ? Sight.AUDIT_TRAIL : Sight.NONE;
    }

    /**
     * The roles that read incidents at all; anyone else is refused (403) before any
     * incident is looked at.
     */
    static boolean readsIncidents(Actor reader) {
        return reader.hasAny(Role.STAFF, Role.COMPUTING_LEAD, Role.DSL, Role.SLT, Role.HEADTEACHER,
                Role.CHAIR_OF_GOVERNORS);
    }

}
