package org.safeguarding.kernel.api.incident;

import java.time.Instant;
import java.util.List;

import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.api.DataSubjectKey;

/**
 * Who the incident is about was corrected, from {@code before} to {@code after}. When the
 * people it now names take it elsewhere, {@code rerouted} is set, {@code level} and
 * {@code assignedRole} say where it went, {@code routing} why, and a new acknowledgement
 * clock runs to {@code acknowledgeBy}; otherwise those are where it already was.
 */
public record SubjectsCorrected(@DataSubjectKey String incidentId, List<Subject> before, List<Subject> after,
        boolean rerouted, Level level, Role assignedRole, String routing, Instant correctedAt, Instant acknowledgeBy) {
}
