package org.safeguarding.post.staff;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;

/** The rules of staff training records and policy acknowledgements. */
enum StaffProblem implements RuleCode {

    NOT_A_TRAINING_RECORDER(Kind.FORBIDDEN), OWN_ACKNOWLEDGEMENT_ONLY(Kind.FORBIDDEN),
    NOT_THE_CURRENT_VERSION(Kind.UNPROCESSABLE), COMPLETED_IN_THE_FUTURE(Kind.UNPROCESSABLE),
    UNKNOWN_PERSON(Kind.UNPROCESSABLE), STAFF_RECORD_NOT_FOUND(Kind.NOT_FOUND);

    private final Kind kind;

    StaffProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }

}
