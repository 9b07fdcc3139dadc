package org.safeguarding.post.account;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;
import org.safeguarding.kernel.api.post.AccountStatus;

/** The rules of the register of official accounts and their posters. */
enum AccountProblem implements RuleCode {

    NOT_STAFF(Kind.FORBIDDEN), TWO_NAMED_STAFF_REQUIRED(Kind.UNPROCESSABLE),
    BUSINESS_CASE_INCOMPLETE(Kind.UNPROCESSABLE), REASON_REQUIRED(Kind.UNPROCESSABLE), ALREADY_A_POSTER(Kind.CONFLICT),
    NOT_A_POSTER(Kind.NOT_FOUND), NOT_ADMIN_OR_COMPUTING_LEAD(Kind.FORBIDDEN), ALREADY_CLOSED(Kind.CONFLICT),
    NOT_SLT(Kind.FORBIDDEN), NOT_SLT_OR_ADMIN(Kind.FORBIDDEN), ACCOUNT_NOT_FOUND(Kind.NOT_FOUND),
    UNKNOWN_PERSON(Kind.UNPROCESSABLE), ACCOUNT_PROPOSED(Kind.CONFLICT), ACCOUNT_ACTIVE(Kind.CONFLICT),
    ACCOUNT_REJECTED(Kind.CONFLICT), ACCOUNT_CLOSED(Kind.CONFLICT), NOT_HEADTEACHER(Kind.FORBIDDEN),
    TOO_FEW_NAMED_STAFF(Kind.UNPROCESSABLE), POSTER_NOT_TRAINED(Kind.UNPROCESSABLE),
    POLICY_NOT_ACKNOWLEDGED(Kind.UNPROCESSABLE), NOT_COMPUTING_LEAD(Kind.FORBIDDEN),
    FINDINGS_REQUIRED(Kind.UNPROCESSABLE);

    private final Kind kind;

    AccountProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    /** An account was found in this status where another was needed. */
    static AccountProblem whileAccount(AccountStatus status) {
        return switch (status) {
            case PROPOSED -> ACCOUNT_PROPOSED;
            case ACTIVE -> ACCOUNT_ACTIVE;
            case REJECTED -> ACCOUNT_REJECTED;
            case CLOSED -> ACCOUNT_CLOSED;
        };
    }

}
