package org.safeguarding.kernel;

import java.util.List;

/**
 * A business rule said no. Its {@link RuleCode} names the rule (it ends the problem's
 * type URI) and its kind, which decides the HTTP status. Thrown by aggregates and
 * services, turned into problem details in one place.
 */
public class RuleViolation extends RuntimeException {

    public enum Kind {

        /** The request itself is incomplete or malformed. */
        BAD_REQUEST(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), PRECONDITION_FAILED(412), UNPROCESSABLE(422);

        public final int status;

        Kind(int status) {
            this.status = status;
        }

    }

    private final RuleCode rule;

    private final List<Violation> violations;

    public RuleViolation(RuleCode rule, String message) {
        this(rule, message, List.of(new Violation(rule.violationCode(), message)));
    }

    public RuleViolation(RuleCode rule, String message, List<Violation> violations) {
        super(message, null, false, false);
        this.rule = rule;
        this.violations = List.copyOf(violations);
    }

    public RuleCode rule() {
        return rule;
    }

    public Kind kind() {
        return rule.kind();
    }

    public String code() {
        return rule.code();
    }

    /** What a 422 lists; one entry named after the code unless the rule gave several. */
    public List<Violation> violations() {
        return violations;
    }

}
