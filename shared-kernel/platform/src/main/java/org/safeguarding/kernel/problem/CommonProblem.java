package org.safeguarding.kernel.problem;

import org.safeguarding.kernel.ProblemCode;
import org.springframework.http.HttpStatus;

/**
 * The problems every service answers with, whatever the feature: malformed or invalid
 * requests, sign-in, service accounts, idempotency, concurrency, and Spring MVC's own
 * errors.
 */
public enum CommonProblem implements ProblemCode {

    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST),
    INVALID_REQUEST("invalid-request", HttpStatus.UNPROCESSABLE_ENTITY),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED),
    TOO_MANY_FAILED_SIGN_INS("too-many-failed-sign-ins", HttpStatus.TOO_MANY_REQUESTS),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN),
    ON_BEHALF_OF_NOT_ALLOWED("on-behalf-of-not-allowed", HttpStatus.FORBIDDEN),
    ON_BEHALF_OF_REQUIRED("on-behalf-of-required", HttpStatus.FORBIDDEN),
    SERVICE_CALL_NOT_ALLOWED("service-call-not-allowed", HttpStatus.FORBIDDEN),
    /** {@code X-On-Behalf-Of} names no one in the directory. */
    UNKNOWN_PERSON("unknown-person", HttpStatus.FORBIDDEN), NOT_FOUND("not-found", HttpStatus.NOT_FOUND),
    CONCURRENT_CHANGE("concurrent-change", HttpStatus.CONFLICT),
    STALE_VERSION("stale-version", HttpStatus.PRECONDITION_FAILED),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.PAYLOAD_TOO_LARGE),
    INVALID_IDEMPOTENCY_KEY("invalid-idempotency-key", HttpStatus.BAD_REQUEST),
    IDEMPOTENT_REQUEST_IN_PROGRESS("idempotent-request-in-progress", HttpStatus.CONFLICT),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", HttpStatus.UNPROCESSABLE_ENTITY),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR),
    /** The other service could not be reached, even after retrying. */
    SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    /** Spring MVC's own errors, named after their status as Spring gives them. */
    BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    INTERNAL_SERVER_ERROR("internal-server-error", HttpStatus.INTERNAL_SERVER_ERROR);

    private final String code;

    private final HttpStatus status;

    CommonProblem(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int status() {
        return status.value();
    }

}
