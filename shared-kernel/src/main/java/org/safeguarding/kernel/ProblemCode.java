package org.safeguarding.kernel;

import java.util.Locale;

/**
 * A kind of error a client can be answered with. Implemented by one enum per feature, so
 * every code is a constant that can be listed (docs/problem-codes.md) and checked.
 */
public interface ProblemCode {

    /** The constant's name, which the code is written from. */
    String name();

    /**
     * The end of the problem's type URI ({@code /problems/<code>}): the constant's name
     * in lower case with hyphens. Clients rely on it, so a released constant is never
     * renamed.
     */
    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The HTTP status it is answered with. */
    int status();

    /** The code a 422 lists for it, unless it lists violations of its own. */
    default String violationCode() {
        return code().toUpperCase(Locale.ROOT).replace('-', '_');
    }

}
