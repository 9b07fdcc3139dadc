package org.safeguarding.kernel.problem;

import org.safeguarding.kernel.Violation;
import org.springframework.validation.FieldError;

/**
 * A field of a request that breaks one of its bean-validation rules, named as every
 * answer names it: a 422's {@code violations} and the message beside the field on a page
 * come from here, so the two cannot drift apart.
 *
 * @param field the field's path in the request, such as {@code summary} or
 * {@code subjects[0].kind}
 * @param code the violation code, such as {@code SUMMARY_NOT_BLANK}
 * @param rule what the rule says, such as {@code must not be blank}
 */
public record FieldViolation(String field, String code, String rule) {

    public static FieldViolation of(FieldError error) {
        String code = error.getField()
            .replaceAll("([a-z])([A-Z])", "$1_$2")
            .replaceAll("[^A-Za-z0-9_]", "_")
            .toUpperCase() + "_" + String.valueOf(error.getCode()).toUpperCase();
        return new FieldViolation(error.getField(), code, error.getDefaultMessage());
    }

    /** As a 422 lists it: the field named in the message. */
    public Violation violation() {
        return new Violation(code, field + ": " + rule);
    }

}
