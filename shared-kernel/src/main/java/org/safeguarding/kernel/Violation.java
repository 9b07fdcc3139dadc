package org.safeguarding.kernel;

/** One reason a request was refused, as listed in a 422's {@code violations}. */
public record Violation(String code, String message) {
}
