package org.safeguarding.kernel.page;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import jakarta.validation.Validator;
import org.axonframework.commandhandling.CommandExecutionException;
import org.safeguarding.kernel.InfrastructureFailure;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.problem.FieldViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Holds what a form sent to the rules the API holds the same request to, and puts each
 * broken rule on the form, coded and worded as the API's 422 has it: a request record's
 * bean validation beside the field it is about ({@link FieldViolation}), a command's
 * refusal above the form, and so does a failure to store it that sending again may get
 * past. The form keeps what was typed, so nothing has to be typed again.
 */
public class FormRules {

    private static final Logger log = LoggerFactory.getLogger(FormRules.class);

    /**
     * Refusals about what was asked for, which the person can put right on the form;
     * others (not allowed, not found) are shown as error pages.
     */
    private static final Set<RuleViolation.Kind> PUT_RIGHT_ON_THE_FORM = Set.of(RuleViolation.Kind.BAD_REQUEST,
            RuleViolation.Kind.CONFLICT, RuleViolation.Kind.PRECONDITION_FAILED, RuleViolation.Kind.UNPROCESSABLE);

    private final SpringValidatorAdapter validator;

    FormRules(Validator validator) {
        this.validator = new SpringValidatorAdapter(validator);
    }

    /**
     * Checks the request the form was turned into. Each broken rule goes beside the form
     * field that {@code fieldOnForm} names for the request's field, unless that field
     * already says what is wrong (it could not be read, say).
     * @return whether the request keeps every rule
     */
    public boolean check(Object request, Errors form, UnaryOperator<String> fieldOnForm) {
        var result = new BeanPropertyBindingResult(request, form.getObjectName());
        validator.validate(request, result);
        for (FieldError error : result.getFieldErrors()) {
            FieldViolation broken = FieldViolation.of(error);
            String field = fieldOnForm.apply(broken.field());
            if (!form.hasFieldErrors(field)) {
                form.rejectValue(field, broken.code(), broken.rule());
            }
        }
        return !result.hasErrors();
    }

    /**
     * Sends a command; if a rule refuses what was asked, its violations go above the form
     * and the answer is empty, as does a failure to store it that sending again may get
     * past. Any other failure is left to the error page.
     */
    public <T> Optional<T> send(Supplier<T> command, Errors form) {
        return send(command, form, code -> null);
    }

    /**
     * Sends a command; if a rule refuses what was asked, each of its violations goes
     * beside the form field that {@code fieldOfViolation} names for its code (above the
     * form where it names none) and the answer is empty; a failure to store it that
     * sending again may get past goes above the form. Any other failure is left to the
     * error page.
     */
    public <T> Optional<T> send(Supplier<T> command, Errors form, Function<String, String> fieldOfViolation) {
        try {
            return Optional.of(command.get());
        }
        catch (RuntimeException failure) {
            InfrastructureFailure outage = outage(failure);
            if (outage != null) {
                log.error("{}: {}", outage.problem().code(), outage.getMessage(), outage.getCause());
                form.reject(outage.problem().violationCode(),
                        outage.getMessage() + " What you entered is still here: send it again.");
                return Optional.empty();
            }
            RuleViolation refusal = refusal(failure);
            if (refusal == null || !PUT_RIGHT_ON_THE_FORM.contains(refusal.kind())) {
                throw failure;
            }
            refusal.violations().forEach(violation -> {
                String field = fieldOfViolation.apply(violation.code());
                if (field == null) {
                    form.reject(violation.code(), violation.message());
                }
                else {
                    form.rejectValue(field, violation.code(), violation.message());
                }
            });
            return Optional.empty();
        }
    }

    /**
     * What failed a command, this service waiting too long for one of its projections or
     * the other service, whether the command bus wrapped it or not: nothing was stored,
     * so the form is shown again to be sent again.
     */
    private static InfrastructureFailure outage(Throwable failure) {
        if (failure instanceof InfrastructureFailure outage) {
            return outage;
        }
        return failure instanceof CommandExecutionException wrapped
                && wrapped.getCause() instanceof InfrastructureFailure cause ? cause : null;
    }

    /** The rule that refused a command, whether the command bus wrapped it or not. */
    static RuleViolation refusal(Throwable failure) {
        if (failure instanceof RuleViolation violation) {
            return violation;
        }
        return failure instanceof CommandExecutionException wrapped && wrapped.getCause() instanceof RuleViolation cause
                ? cause : null;
    }

}
