package org.safeguarding.kernel.problem;

import org.safeguarding.kernel.ProblemCode;
import org.springframework.http.HttpStatus;

/**
 * The problems every service answers with, whatever the feature: malformed or invalid
 * requests, sign-in, service accounts, idempotency, concurrency, and Spring MVC's own
 * errors.
 */
public enum CommonProblem implements ProblemCode {

    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST), INVALID_REQUEST(HttpStatus.UNPROCESSABLE_ENTITY),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED), TOO_MANY_FAILED_SIGN_INS(HttpStatus.TOO_MANY_REQUESTS),
    FORBIDDEN(HttpStatus.FORBIDDEN), ON_BEHALF_OF_NOT_ALLOWED(HttpStatus.FORBIDDEN),
    ON_BEHALF_OF_REQUIRED(HttpStatus.FORBIDDEN), SERVICE_CALL_NOT_ALLOWED(HttpStatus.FORBIDDEN),
    /** {@code X-On-Behalf-Of} names no one in the directory. */
    UNKNOWN_PERSON(HttpStatus.FORBIDDEN), NOT_FOUND(HttpStatus.NOT_FOUND), CONCURRENT_CHANGE(HttpStatus.CONFLICT),
    STALE_VERSION(HttpStatus.PRECONDITION_FAILED), PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE),
    INVALID_IDEMPOTENCY_KEY(HttpStatus.BAD_REQUEST), IDEMPOTENT_REQUEST_IN_PROGRESS(HttpStatus.CONFLICT),
    IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_ENTITY), INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR),
    /** The other service could not be reached, even after retrying. */
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
    /** A change waited too long for the rebuild of a projection it writes. */
    PROJECTION_REBUILDING(HttpStatus.SERVICE_UNAVAILABLE),
    /** Spring MVC's own errors, named after their status as Spring gives them. */
    BAD_REQUEST(HttpStatus.BAD_REQUEST), METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE), UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    INTERNAL_SERVER_ERROR(HttpStatus.INTERNAL_SERVER_ERROR);

    private final HttpStatus status;

    CommonProblem(HttpStatus status) {
        this.status = status;
    }

    @Override
    public int status() {
        return status.value();
    }

}
