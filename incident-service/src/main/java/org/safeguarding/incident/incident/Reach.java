package org.safeguarding.incident.incident;

import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.api.incident.Level;

/**
 * Who may take each step on an incident where it stands, written once: the aggregate
 * refuses by these rules, and the case page offers a step's form by them.
 */
final class Reach {

    private Reach() {
    }

    /**
     * A case about the headteacher is the chair's alone: the school's own staff answer to
     * the headteacher.
     */
    static boolean isTheChairsCase(Role assignedRole) {
        return assignedRole == Role.CHAIR_OF_GOVERNORS;
    }

    /** Acknowledging, escalating and closing: at the incident's level or above. */
    static boolean isWithinReach(Actor actor, Level level, Role assignedRole) {
        return isTheChairsCase(assignedRole) ? actor.has(Role.CHAIR_OF_GOVERNORS) : level.isWithinReachOf(actor);
    }

    /** Referrals, advice, the LADO decision and reopening: the case manager. */
    static boolean isCaseManager(Actor actor, Role assignedRole) {
        return isTheChairsCase(assignedRole) ? actor.has(Role.CHAIR_OF_GOVERNORS)
                : actor.hasAny(Role.DSL, Role.HEADTEACHER);
    }

    /** Members of staff, and the case manager, whoever they are. */
    static boolean addsNotes(Actor actor, Role assignedRole) {
        return actor.hasAny(Role.STAFF, Role.COMPUTING_LEAD, Role.DSL, Role.SLT, Role.HEADTEACHER)
                || actor.has(assignedRole);
    }

    static boolean moderates(Actor actor) {
        return actor.hasAny(Role.COMPUTING_LEAD, Role.DSL, Role.SLT);
    }

}
