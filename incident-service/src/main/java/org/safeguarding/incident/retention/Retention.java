package org.safeguarding.incident.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.Outcome;
import org.safeguarding.kernel.api.incident.RetentionRule;

/**
 * How long an incident is kept and why: the rule that set its date, what was assumed
 * where a fact was missing ({@code flags}), and whether it has fallen due for disposal.
 * {@code retainUntil} is null while an e-safety incident is open (its period runs from
 * closure).
 */
record Retention(String incidentId, Form form, Category category, RetentionRule rule, LocalDate retainUntil,
        List<String> flags, String status, Outcome outcome, boolean legalHold, String legalHoldReason, boolean due,
        Instant disposedAt) {
}
