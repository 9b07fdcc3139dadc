package org.safeguarding.kernel.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A sign-in the page refused: the sign-in page again (a forward, so it still holds the
 * username typed), saying why; a throttled one with the API's 429 and
 * {@code Retry-After}. The reason never tells whether the username exists. A person the
 * identity provider signed in but who may not sign in here is told why, with 403.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    private final String refusedPage;

    SignInFailureHandler(String refusedPage) {
        this.refusedPage = refusedPage;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        if (exception instanceof LoginThrottled throttled) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
            request.setAttribute(SignInRefusal.ATTRIBUTE, throttled.advice());
        }
        else if (exception instanceof DirectoryOidcUserService.RefusedByDirectory refused) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            request.setAttribute(SignInRefusal.ATTRIBUTE, refused.getMessage());
        }
        else if (exception instanceof OAuth2AuthenticationException) {
            request.setAttribute(SignInRefusal.ATTRIBUTE,
                    "Signing in with your school account did not work. Try again, or sign in with your username "
                            + "and password.");
        }
        else {
            request.setAttribute(SignInRefusal.ATTRIBUTE, "That username and password do not match");
        }
        request.getRequestDispatcher(refusedPage).forward(request, response);
    }

}
