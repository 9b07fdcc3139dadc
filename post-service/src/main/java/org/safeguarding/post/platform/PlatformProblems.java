package org.safeguarding.post.platform;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.safeguarding.kernel.web.ProblemWriter;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A platform that failed is a 502: the kernel's problem handler knows no upstream failures, so this runs first. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlatformProblems {

    @ExceptionHandler(PlatformUnavailable.class)
    ProblemDetail platformUnavailable(PlatformUnavailable e) {
        return ProblemWriter.problem(HttpStatus.BAD_GATEWAY, "platform-unavailable",
                e.getMessage() + "; nothing was changed, try again later");
    }
}
