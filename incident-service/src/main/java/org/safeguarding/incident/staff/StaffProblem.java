package org.safeguarding.incident.staff;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;

/** The rules of staff availability. */
enum StaffProblem implements RuleCode {

    NOT_YOUR_AVAILABILITY(Kind.FORBIDDEN), UNKNOWN_PERSON(Kind.NOT_FOUND);

    private final Kind kind;

    StaffProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }

}
