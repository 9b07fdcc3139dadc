package org.safeguarding.kernel.api.incident;

import java.util.Optional;

import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;

/**
 * The escalation ladder, lowest first: computing lead, then the DSL, then senior
 * leadership (the headteacher).
 */
public enum Level {

    COMPUTING_LEAD(Role.COMPUTING_LEAD), DSL(Role.DSL), SLT(Role.HEADTEACHER);

    private final Role assignedRole;

    Level(Role assignedRole) {
        this.assignedRole = assignedRole;
    }

    public Role assignedRole() {
        return assignedRole;
    }

    public boolean isAbove(Level other) {
        return compareTo(other) > 0;
    }

    /**
     * The highest level a person may act at, from their roles; empty for those who act at
     * none.
     */
    public static Optional<Level> highestHeldBy(Actor actor) {
        if (actor.hasAny(Role.SLT, Role.HEADTEACHER)) {
            return Optional.of(SLT);
        }
        if (actor.has(Role.DSL)) {
            return Optional.of(DSL);
        }
        if (actor.has(Role.COMPUTING_LEAD)) {
            return Optional.of(COMPUTING_LEAD);
        }
        return Optional.empty();
    }

    /** Whether the person may act on an incident at this level: at it or above it. */
    public boolean isWithinReachOf(Actor actor) {
        return highestHeldBy(actor).map(held -> !this.isAbove(held)).orElse(false);
    }

}
