package org.safeguarding.post.account;

import org.safeguarding.kernel.RuleCode;
import org.safeguarding.kernel.RuleViolation.Kind;
import org.safeguarding.kernel.api.post.AccountStatus;

/** The rules of the register of official accounts and their posters. */
enum AccountProblem implements RuleCode {

    NOT_STAFF("not-staff", Kind.FORBIDDEN), TWO_NAMED_STAFF_REQUIRED("two-named-staff-required", Kind.UNPROCESSABLE),
    BUSINESS_CASE_INCOMPLETE("business-case-incomplete", Kind.UNPROCESSABLE),
    REASON_REQUIRED("reason-required", Kind.UNPROCESSABLE), ALREADY_A_POSTER("already-a-poster", Kind.CONFLICT),
    NOT_A_POSTER("not-a-poster", Kind.NOT_FOUND),
    NOT_ADMIN_OR_COMPUTING_LEAD("not-admin-or-computing-lead", Kind.FORBIDDEN),
    ALREADY_CLOSED("already-closed", Kind.CONFLICT), NOT_SLT("not-slt", Kind.FORBIDDEN),
    NOT_SLT_OR_ADMIN("not-slt-or-admin", Kind.FORBIDDEN), ACCOUNT_NOT_FOUND("account-not-found", Kind.NOT_FOUND),
    UNKNOWN_PERSON("unknown-person", Kind.UNPROCESSABLE), ACCOUNT_PROPOSED("account-proposed", Kind.CONFLICT),
    ACCOUNT_ACTIVE("account-active", Kind.CONFLICT), ACCOUNT_REJECTED("account-rejected", Kind.CONFLICT),
    ACCOUNT_CLOSED("account-closed", Kind.CONFLICT);

    private final String code;

    private final Kind kind;

    AccountProblem(String code, Kind kind) {
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
