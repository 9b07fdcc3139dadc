package org.safeguarding.kernel.page;

import java.util.Map;

import org.safeguarding.kernel.InfrastructureFailure;
import org.safeguarding.kernel.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page's failure as a page, with the status the API would answer: before the API's
 * problem details, which would show a person JSON.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception failure) {
        RuleViolation refusal = FormRules.refusal(failure);
        if (refusal != null) {
            return page(HttpStatus.valueOf(refusal.kind().status), refusal.getMessage());
        }
        if (failure instanceof AccessDeniedException) {
            return page(HttpStatus.FORBIDDEN, "Your role does not allow this");
        }
        if (failure instanceof ErrorResponse spring) {
            return page(HttpStatus.valueOf(spring.getStatusCode().value()), null);
        }
        if (failure instanceof InfrastructureFailure outage) {
            log.error("{}: {}", outage.problem().code(), outage.getMessage(), outage.getCause());
            return page(HttpStatus.valueOf(outage.problem().status()), outage.getMessage());
        }
        log.error("Unexpected failure", failure);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; nothing was changed");
    }

    /** The view Spring Boot shows for errors outside controllers, so all look alike. */
    private static ModelAndView page(HttpStatus status, String detail) {
        return new ModelAndView("error", Map.of("status", status.value(), "error", status.getReasonPhrase(), "detail",
                detail == null ? "" : detail), status);
    }

}
