package org.safeguarding.kernel.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/** Why the sign-in page is shown again after a refused sign-in, if it was. */
public final class SignInRefusal {

    static final String ATTRIBUTE = SignInRefusal.class.getName();

    private SignInRefusal() {
    }

    public static Optional<String> of(HttpServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(ATTRIBUTE));
    }

}
