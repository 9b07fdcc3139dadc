package org.safeguarding.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.problem.ProblemWriter;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may make which call, decided before any controller runs. The HTTP tests of each
 * service run the same rules.
 */
class ServiceCallFilterTest {

    private static final String PASSWORD = "{noop}x";

    private final SchoolDirectory directory = new SchoolDirectory(new DirectoryProperties(List.of(
            new DirectoryProperties.Person("head", "Mrs Helen Head", PASSWORD,
                    Set.of(Role.STAFF, Role.SLT, Role.HEADTEACHER)),
            new DirectoryProperties.Person("post-service", "post-service", PASSWORD, Set.of(Role.SERVICE)),
            new DirectoryProperties.Person("incident-service", "incident-service", PASSWORD, Set.of(Role.SERVICE)),
            new DirectoryProperties.Person("service", "Platform webhook", PASSWORD, Set.of(Role.SERVICE)))));

    private final ServiceCallFilter filter = new ServiceCallFilter(directory, new ProblemWriter(new ObjectMapper()),
            new InboundServiceCalls("post-service", "incident-service",
                    List.of(InboundServiceCalls.Call.forPerson(HttpMethod.POST, "/api/incidents"),
                            InboundServiceCalls.Call.asService(HttpMethod.GET, "/api/incidents/{id}/status"))));

    /**
     * What became of the call: the problem code it was refused with, or who it went on
     * as.
     */
    private record Outcome(int status, String problem, Authentication actingAs) {
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Outcome call(String caller, String method, String path, String onBehalfOf) throws Exception {
        var signedIn = directory.loadUserByUsername(caller);
        SecurityContextHolder.getContext()
            .setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities()));
        var request = new MockHttpServletRequest(method, path);
        if (onBehalfOf != null) {
            request.addHeader(ServiceCallFilter.ON_BEHALF_OF, onBehalfOf);
        }
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        if (chain.getRequest() != null) {
            return new Outcome(200, null, SecurityContextHolder.getContext().getAuthentication());
        }
        String type = new ObjectMapper().readTree(response.getContentAsString()).get("type").asText();
        return new Outcome(response.getStatus(), type.substring(type.lastIndexOf('/') + 1), null);
    }

    @Test
    void theOtherServicesAccountActsForThePersonOnTheCallItNeeds() throws Exception {
        Outcome reported = call("post-service", "POST", "/api/incidents", "head");

        assertThat(reported.status()).isEqualTo(200);
        assertThat(reported.actingAs().getName()).isEqualTo("head");
        assertThat(reported.actingAs().getDetails()).isEqualTo(new Via("post-service"));
        assertThat(CurrentActor.require().has(Role.HEADTEACHER)).isTrue();
        assertThat(CurrentActor.via()).contains("post-service");
    }

    @Test
    void theOtherServicesAccountMakesNoOtherCallAndActsForSomeoneOnlyWhereDeclared() throws Exception {
        assertThat(call("post-service", "POST", "/api/incidents/1/closure", "head").problem())
            .isEqualTo("on-behalf-of-not-allowed");
        assertThat(call("post-service", "GET", "/api/incidents/1", "head").problem())
            .isEqualTo("on-behalf-of-not-allowed");
        assertThat(call("post-service", "GET", "/api/incidents/1", null).problem())
            .isEqualTo("service-call-not-allowed");
        assertThat(call("post-service", "POST", "/api/incidents", null).problem()).isEqualTo("on-behalf-of-required");
        assertThat(call("post-service", "GET", "/api/incidents/1/status", "head").problem())
            .isEqualTo("on-behalf-of-not-allowed");
        assertThat(call("post-service", "GET", "/api/incidents/1/status", null).actingAs().getName())
            .isEqualTo("post-service");
    }

    @Test
    void thisServicesOwnAccountCanDoNothingHere() throws Exception {
        assertThat(call("incident-service", "POST", "/api/incidents", "head").problem())
            .isEqualTo("service-call-not-allowed");
        assertThat(call("incident-service", "GET", "/api/accounts", null).problem())
            .isEqualTo("service-call-not-allowed");
    }

    @Test
    void anyOtherServiceAccountActsForNoOneAndLeavesTheDeclaredCallsAlone() throws Exception {
        assertThat(call("service", "POST", "/api/comments", "head").problem()).isEqualTo("on-behalf-of-not-allowed");
        assertThat(call("service", "POST", "/api/incidents", "head").problem()).isEqualTo("service-call-not-allowed");
        assertThat(call("service", "POST", "/api/comments", null).status()).isEqualTo(200);
    }

    @Test
    void aPersonNeverActsForSomeoneElse() throws Exception {
        assertThat(call("head", "POST", "/api/incidents", "post-service").problem())
            .isEqualTo("on-behalf-of-not-allowed");
        assertThat(call("head", "GET", "/api/incidents/1", null).actingAs().getName()).isEqualTo("head");
    }

    @Test
    void theOneActedForIsAPersonInTheDirectory() throws Exception {
        assertThat(call("post-service", "POST", "/api/incidents", "nobody").problem()).isEqualTo("unknown-person");
        assertThat(call("post-service", "POST", "/api/incidents", "service").problem())
            .isEqualTo("on-behalf-of-not-allowed");
    }

}
