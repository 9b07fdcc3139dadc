package org.safeguarding.kernel.servicecall;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.function.Function;

import org.safeguarding.kernel.InfrastructureFailure;
import org.safeguarding.kernel.problem.CommonProblem;
import org.safeguarding.kernel.security.ServiceCallFilter;
import org.safeguarding.kernel.web.IdempotencyFilter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.support.BasicAuthenticationInterceptor;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Calls the other service as this direction's service account, with the person a call is
 * made for in {@code X-On-Behalf-Of} and its idempotency key; says whether a failure is
 * worth retrying, and how long to wait before the next attempt. The callers (sagas) do
 * the retrying, on persistent deadlines.
 */
public class ServiceClient {

    /**
     * The other service could not answer now; asking again later may succeed. Answered
     * 503 should it ever reach a client.
     */
    public static class Unavailable extends InfrastructureFailure {

        public Unavailable(String message, Throwable cause) {
            super(CommonProblem.SERVICE_UNAVAILABLE, message, cause);
        }

    }

    /** The other service answered no; asking again would get the same answer. */
    public static class Refused extends RuntimeException {

        public Refused(String message) {
            super(message);
        }

    }

    /**
     * Besides 5xx: a timeout, a repeat while the first attempt with its idempotency key
     * still runs, throttling.
     */
    private static final Set<HttpStatus> WORTH_RETRYING = Set.of(HttpStatus.REQUEST_TIMEOUT, HttpStatus.CONFLICT,
            HttpStatus.TOO_MANY_REQUESTS);

    private final String service;

    private final ServiceEndpoint endpoint;

    private final RestClient http;

    /**
     * @param service the service called, as named in its properties
     * ({@code post-service}); used in messages
     * @param endpoint where it is and as whom to call it
     * @param builder Spring Boot's builder: its JSON set-up, and its timeouts
     * ({@code spring.http.client.*}); cloned, not changed
     */
    public ServiceClient(String service, ServiceEndpoint endpoint, RestClient.Builder builder) {
        this.service = service;
        this.endpoint = endpoint;
        RestClient.Builder configured = builder.clone();
        if (endpoint.url() != null) {
            configured.baseUrl(endpoint.url());
        }
        if (endpoint.hasAccount()) {
            configured.requestInterceptor(new BasicAuthenticationInterceptor(endpoint.username(), endpoint.password(),
                    StandardCharsets.UTF_8));
        }
        this.http = configured.build();
    }

    /** Sends the call and answers the body it gets back. */
    public <T> T send(ServiceCall call, Class<T> answer) {
        return exchange(call, request -> request.retrieve().body(answer));
    }

    /** Sends the call; its answer's body does not matter. */
    public void send(ServiceCall call) {
        exchange(call, request -> request.retrieve().toBodilessEntity());
    }

    public Duration retryDelay(int attempts) {
        return endpoint.retryDelay(attempts);
    }

    private <T> T exchange(ServiceCall call, Function<RestClient.RequestBodySpec, T> reading) {
        if (!endpoint.hasAccount()) {
            throw new Refused("No service account is configured for calls to " + service + " (safeguarding." + service
                    + ".username and .password)");
        }
        RestClient.RequestBodySpec request = http.method(call.method())
            .uri(call.path(), call.pathVariables().toArray())
            .headers(headers -> {
                if (call.forPerson() != null) {
                    headers.set(ServiceCallFilter.ON_BEHALF_OF, call.forPerson());
                }
                if (call.idempotencyKey() != null) {
                    headers.set(IdempotencyFilter.HEADER, call.idempotencyKey());
                }
            });
        if (call.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(call.body());
        }
        try {
            return reading.apply(request);
        }
        catch (RestClientResponseException answered) {
            int status = answered.getStatusCode().value();
            if (answered.getStatusCode().is5xxServerError() || WORTH_RETRYING.contains(HttpStatus.resolve(status))) {
                throw new Unavailable(service + " answered " + status, answered);
            }
            throw new Refused(service + " answered " + status + ": " + answered.getResponseBodyAsString());
        }
        catch (ResourceAccessException unreachable) {
            throw new Unavailable(service + " cannot be reached: " + unreachable.getMessage(), unreachable);
        }
        catch (RestClientException unreadable) {
            throw new Unavailable(service + " gave an answer that cannot be read", unreadable);
        }
    }

}
