package org.safeguarding.kernel.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.problem.CommonProblem;
import org.safeguarding.kernel.problem.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps each service account to the calls its direction needs. The other service's
 * account may make only the calls {@link InboundServiceCalls} declares, each for a person
 * or as itself; this service's own account may make none here; any other service account
 * (a platform's webhook) may make none of those and acts for no one; a person may not
 * send {@code X-On-Behalf-Of} at all. A call made for a person then acts as that person,
 * with their roles and need to know, and carries the service as {@link Via}.
 */
public class ServiceCallFilter extends OncePerRequestFilter {

    public static final String ON_BEHALF_OF = "X-On-Behalf-Of";

    private static final Logger log = LoggerFactory.getLogger(ServiceCallFilter.class);

    private record Refusal(CommonProblem problem, String detail) {
    }

    private record Declared(InboundServiceCalls.Call call, RequestMatcher matcher) {
    }

    private final SchoolDirectory directory;

    private final ProblemWriter problems;

    private final InboundServiceCalls inbound;

    private final List<Declared> declared;

    public ServiceCallFilter(SchoolDirectory directory, ProblemWriter problems, InboundServiceCalls inbound) {
        this.directory = directory;
        this.problems = problems;
        this.inbound = inbound;
        this.declared = inbound.calls()
            .stream()
            .map(call -> new Declared(call,
                    PathPatternRequestMatcher.withDefaults().matcher(call.method(), call.path())))
            .toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null) {
            chain.doFilter(request, response);
            return;
        }
        String onBehalfOf = request.getHeader(ON_BEHALF_OF);
        Refusal refusal = CurrentActor.from(caller).has(Role.SERVICE)
                ? refusalOfServiceCall(caller.getName(), declaredCall(request), onBehalfOf != null)
                : refusalOfPersonCall(onBehalfOf != null);
        if (refusal == null && onBehalfOf != null) {
            refusal = actAs(onBehalfOf, caller);
        }
        if (refusal != null) {
            log.warn("Refused {} {} by {}: {}", request.getMethod(), request.getRequestURI(), caller.getName(),
                    refusal.problem().code());
            problems.write(response, refusal.problem(), refusal.detail());
            return;
        }
        chain.doFilter(request, response);
    }

    private Optional<InboundServiceCalls.Call> declaredCall(HttpServletRequest request) {
        return declared.stream().filter(each -> each.matcher().matches(request)).map(Declared::call).findFirst();
    }

    private static Refusal refusalOfPersonCall(boolean forSomeone) {
        return forSomeone ? new Refusal(CommonProblem.ON_BEHALF_OF_NOT_ALLOWED,
                "Only a service account may act on someone's behalf") : null;
    }

    private Refusal refusalOfServiceCall(String account, Optional<InboundServiceCalls.Call> call, boolean forSomeone) {
        if (inbound.isOwn(account)) {
            return new Refusal(CommonProblem.SERVICE_CALL_NOT_ALLOWED,
                    "This account is for this service's calls to the other service, not for calls to this one");
        }
        if (!inbound.isCaller(account)) {
            return call.isPresent()
                    ? new Refusal(CommonProblem.SERVICE_CALL_NOT_ALLOWED,
                            "This call is kept for the other service's own account")
                    : forSomeone ? new Refusal(CommonProblem.ON_BEHALF_OF_NOT_ALLOWED,
                            "This service account acts for no one") : null;
        }
        if (forSomeone && !call.map(InboundServiceCalls.Call::forPerson).orElse(false)) {
            return new Refusal(CommonProblem.ON_BEHALF_OF_NOT_ALLOWED, "This call may not be made on someone's behalf");
        }
        if (call.isEmpty()) {
            return new Refusal(CommonProblem.SERVICE_CALL_NOT_ALLOWED,
                    "The service account may make only the calls its service needs");
        }
        if (call.get().forPerson() && !forSomeone) {
            return new Refusal(CommonProblem.ON_BEHALF_OF_REQUIRED,
                    "This call is made for a person: name them in " + ON_BEHALF_OF);
        }
        return null;
    }

    /**
     * Switches the request to the person named, keeping the service as {@link Via}; a
     * refusal if they cannot be.
     */
    private Refusal actAs(String username, Authentication service) {
        UserDetails person;
        try {
            person = directory.loadUserByUsername(username);
        }
        catch (UsernameNotFoundException e) {
            return new Refusal(CommonProblem.UNKNOWN_PERSON, "No one called '" + username + "' is in the directory");
        }
        var actingAs = UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities());
        if (CurrentActor.from(actingAs).has(Role.SERVICE)) {
            return new Refusal(CommonProblem.ON_BEHALF_OF_NOT_ALLOWED,
                    "A service acts on behalf of a person, not of another service");
        }
        actingAs.setDetails(new Via(service.getName()));
        SecurityContextHolder.getContext().setAuthentication(actingAs);
        return null;
    }

}
