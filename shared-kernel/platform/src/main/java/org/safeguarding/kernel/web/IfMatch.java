package org.safeguarding.kernel.web;

import org.safeguarding.kernel.problem.CommonRule;
import org.safeguarding.kernel.RuleViolation;

/**
 * Reads an {@code If-Match} header as the view version a command expects; none means
 * "whatever is current".
 */
public final class IfMatch {

    private IfMatch() {
    }

    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String version = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(version);
        }
        catch (NumberFormatException e) {
            throw new RuleViolation(CommonRule.INVALID_IF_MATCH, "If-Match must be the version of the view, such as 3");
        }
    }

}
