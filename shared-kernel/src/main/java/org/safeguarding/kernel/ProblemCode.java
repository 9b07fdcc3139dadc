package org.safeguarding.kernel;

import java.util.Locale;

/**
 * A kind of error a client can be answered with. Implemented by one enum per feature, so
 * every code is a constant that can be listed (README, "Problem codes") and checked.
 */
public interface ProblemCode {

    /**
     * The end of the problem's type URI ({@code /problems/<code>}). Clients rely on it: a
     * released code never changes.
     */
    String code();

    /** The HTTP status it is answered with. */
    int status();

    /** The code a 422 lists for it, unless it lists violations of its own. */
    default String violationCode() {
        return code().toUpperCase(Locale.ROOT).replace('-', '_');
    }

}
