package org.safeguarding.kernel.api.post;

import java.util.List;

import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.Subject;

/**
 * A moderator's request that a comment be reported as an incident: on which form, about
 * whom, and whether it alleges that an adult who works with children harmed a child or
 * behaved in a way that suggests they may, so that it is routed as any report would be.
 */
public record Escalation(Category category, String summary, Form form, List<Subject> subjects,
        boolean allegationAgainstAdult) {

    /** An e-safety concern about no one in particular: the orange form. */
    public Escalation(Category category, String summary) {
        this(category, summary, Form.E_SAFETY, List.of(), false);
    }

}
