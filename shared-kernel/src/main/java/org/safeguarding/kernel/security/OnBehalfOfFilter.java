package org.safeguarding.kernel.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A service account calling on a person's behalf names them in {@code X-On-Behalf-Of}; the request then acts as
 * that person, with their roles and need to know. Only a caller with role SERVICE may do this.
 */
public class OnBehalfOfFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-On-Behalf-Of";

    private final SchoolDirectory directory;
    private final ProblemWriter problems;

    public OnBehalfOfFilter(SchoolDirectory directory, ProblemWriter problems) {
        this.directory = directory;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String onBehalfOf = request.getHeader(HEADER);
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (onBehalfOf == null || caller == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!CurrentActor.from(caller).has(Role.SERVICE)) {
            problems.write(response, HttpStatus.FORBIDDEN, "on-behalf-of-not-allowed",
                    "Only a service account may act on someone's behalf");
            return;
        }
        UserDetails person;
        try {
            person = directory.loadUserByUsername(onBehalfOf);
        } catch (UsernameNotFoundException e) {
            problems.write(response, HttpStatus.FORBIDDEN, "unknown-person", "No one called '" + onBehalfOf + "' is in the directory");
            return;
        }
        var actingAs = UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities());
        actingAs.setDetails(caller.getName());
        SecurityContextHolder.getContext().setAuthentication(actingAs);
        chain.doFilter(request, response);
    }
}
