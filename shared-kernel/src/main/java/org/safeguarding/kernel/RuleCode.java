package org.safeguarding.kernel;

/** The code of a business rule: what a {@link RuleViolation} names, with its kind. */
public interface RuleCode extends ProblemCode {

    RuleViolation.Kind kind();

    @Override
    default int status() {
        return kind().status;
    }

}
