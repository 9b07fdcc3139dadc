package org.safeguarding.kernel;

import java.util.List;
import java.util.Locale;

/**
 * A business rule said no. The code names the rule (it ends the problem's type URI); the
 * kind decides the HTTP status. Thrown by aggregates and services, turned into problem
 * details in one place.
 */
public class RuleViolation extends RuntimeException {

    public enum Kind {

        /** The request itself is incomplete or malformed. */
        BAD_REQUEST(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), PRECONDITION_FAILED(412), UNPROCESSABLE(422),
        /**
         * Something outside the school's systems (a social platform) failed; nothing was
         * changed.
         */
        BAD_GATEWAY(502);

        public final int status;

        Kind(int status) {
            this.status = status;
        }

    }

    private final Kind kind;

    private final String code;

    private final List<Violation> violations;

    public RuleViolation(Kind kind, String code, String message) {
        this(kind, code, message, List.of(new Violation(code.toUpperCase(Locale.ROOT).replace('-', '_'), message)));
    }

    public RuleViolation(Kind kind, String code, String message, List<Violation> violations) {
        this(kind, code, message, violations, null);
    }

    protected RuleViolation(Kind kind, String code, String message, List<Violation> violations, Throwable cause) {
        super(message, cause, false, false);
        this.kind = kind;
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    public static RuleViolation badRequest(String code, String message) {
        return new RuleViolation(Kind.BAD_REQUEST, code, message);
    }

    public static RuleViolation forbidden(String code, String message) {
        return new RuleViolation(Kind.FORBIDDEN, code, message);
    }

    public static RuleViolation notFound(String code, String message) {
        return new RuleViolation(Kind.NOT_FOUND, code, message);
    }

    public static RuleViolation conflict(String code, String message) {
        return new RuleViolation(Kind.CONFLICT, code, message);
    }

    public static RuleViolation unprocessable(String code, String message) {
        return new RuleViolation(Kind.UNPROCESSABLE, code, message);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** What a 422 lists; one entry named after the code unless the rule gave several. */
    public List<Violation> violations() {
        return violations;
    }

}
