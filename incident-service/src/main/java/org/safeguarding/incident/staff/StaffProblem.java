package org.safeguarding.incident.staff;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;

/** The rules of staff availability. */
enum StaffProblem implements RuleCode {

    NOT_YOUR_AVAILABILITY("not-your-availability", Kind.FORBIDDEN), UNKNOWN_PERSON("unknown-person", Kind.NOT_FOUND);

    private final String code;

    private final Kind kind;

    StaffProblem(String code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Kind kind() {
        return kind;
    }

}
