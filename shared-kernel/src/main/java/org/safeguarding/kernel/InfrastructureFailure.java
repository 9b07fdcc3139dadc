package org.safeguarding.kernel;

/**
 * Something this service depends on (a social platform, the other service) failed, so the
 * request could not be carried out; asking again later may succeed. Not a broken rule: it
 * is answered 5xx and logged as a failure.
 */
public class InfrastructureFailure extends RuntimeException {

    private final ProblemCode problem;

    public InfrastructureFailure(ProblemCode problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public ProblemCode problem() {
        return problem;
    }

}
