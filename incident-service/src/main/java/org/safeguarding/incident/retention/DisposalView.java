package org.safeguarding.incident.retention;

import java.time.Instant;
import java.util.List;

import org.safeguarding.kernel.api.incident.RetentionRule;
import org.safeguarding.kernel.retention.DisposalStatus;

/**
 * A disposal as the DSL, the headteacher and the chair read it: what it names, who
 * proposed it, who decided, and when its records were disposed of. {@code reason} is a
 * rejection's.
 */
record DisposalView(String id, RetentionRule rule, List<String> incidentIds, String proposedBy, Instant proposedAt,
        DisposalStatus status, String decidedBy, Instant decidedAt, String reason, Instant disposedAt,
        Integer disposed) {
}
