package org.safeguarding.kernel.problem;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.safeguarding.kernel.InfrastructureFailure;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error a client sees is a problem detail, decided here and only here. */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation violation) {
        ProblemDetail problem = ProblemWriter.problem(violation.rule(), violation.getMessage());
        if (violation.kind() == RuleViolation.Kind.UNPROCESSABLE) {
            problem.setProperty("violations", violation.violations());
        }
        return problem;
    }

    /** A failure, not a refusal: logged as one, and answered with its own 5xx problem. */
    @ExceptionHandler(InfrastructureFailure.class)
    ProblemDetail infrastructureFailure(InfrastructureFailure failure) {
        log.error("{}: {}", failure.problem().code(), failure.getMessage(), failure.getCause());
        return ProblemWriter.problem(failure.problem(), failure.getMessage());
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException e) {
        return ProblemWriter.problem(CommonProblem.STALE_VERSION,
                "The record has changed since version " + e.getExpectedVersion() + "; it is now at version "
                        + e.getActualVersion() + ". Reload it and try again.");
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException e) {
        return ProblemWriter.problem(CommonProblem.NOT_FOUND, "No such record");
    }

    @ExceptionHandler({ ConcurrencyException.class, EventStoreException.class })
    ProblemDetail concurrentChange(RuntimeException e) {
        return ProblemWriter.problem(CommonProblem.CONCURRENT_CHANGE,
                "Someone else changed this record at the same moment; reload it and try again");
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail commandFailed(CommandExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuleViolation violation) {
            return ruleViolation(violation);
        }
        if (cause instanceof InfrastructureFailure failure) {
            return infrastructureFailure(failure);
        }
        if (cause instanceof ConflictingAggregateVersionException stale) {
            return staleVersion(stale);
        }
        if (cause instanceof AggregateNotFoundException missing) {
            return notFound(missing);
        }
        return unexpected(e);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return ProblemWriter.problem(CommonProblem.FORBIDDEN, "Your role does not allow this");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongType(MethodArgumentTypeMismatchException e) {
        return ProblemWriter.problem(CommonProblem.MALFORMED_REQUEST,
                "'" + e.getValue() + "' is not a valid value for " + e.getName());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return ProblemWriter.problem(CommonProblem.INTERNAL_ERROR,
                "Something went wrong on our side; nothing was changed");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(e.getBindingResult()
            .getFieldErrors()
            .stream()
            .map(error -> FieldViolation.of(error).violation())
            .toList());
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(e.getAllErrors()
            .stream()
            .map(error -> new Violation("INVALID_PARAMETER", error.getDefaultMessage()))
            .toList());
    }

    private static ResponseEntity<Object> invalid(List<Violation> violations) {
        ProblemDetail problem = ProblemWriter.problem(CommonProblem.INVALID_REQUEST,
                "The request breaks " + violations.size() + " rule(s)");
        problem.setProperty("violations", violations);
        return ResponseEntity.unprocessableEntity().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getMostSpecificCause() instanceof InvalidFormatException invalid
                ? "'" + invalid.getValue() + "' is not a valid " + path(invalid)
                : "The request body is not valid JSON for this call";
        return ResponseEntity.badRequest().body(ProblemWriter.problem(CommonProblem.MALFORMED_REQUEST, detail));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getType().toString().equals("about:blank")) {
            problem.setType(ProblemWriter.typeOf(springProblem(status.value())));
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    /** Spring MVC's own errors (unknown path, wrong verb or media type, …), by status. */
    private static CommonProblem springProblem(int status) {
        return switch (status) {
            case 400 -> CommonProblem.BAD_REQUEST;
            case 404 -> CommonProblem.NOT_FOUND;
            case 405 -> CommonProblem.METHOD_NOT_ALLOWED;
            case 406 -> CommonProblem.NOT_ACCEPTABLE;
            case 413 -> CommonProblem.PAYLOAD_TOO_LARGE;
            case 415 -> CommonProblem.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> CommonProblem.SERVICE_UNAVAILABLE;
            default -> CommonProblem.INTERNAL_SERVER_ERROR;
        };
    }

    private static String path(InvalidFormatException invalid) {
        String field = invalid.getPath()
            .stream()
            .map(reference -> reference.getFieldName() == null ? "[" + reference.getIndex() + "]"
                    : reference.getFieldName())
            .reduce((left, right) -> right.startsWith("[") ? left + right : left + "." + right)
            .orElse("value");
        return field + " (" + invalid.getTargetType().getSimpleName() + ")";
    }

}
