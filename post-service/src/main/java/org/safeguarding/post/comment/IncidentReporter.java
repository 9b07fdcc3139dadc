package org.safeguarding.post.comment;

import java.net.http.HttpClient;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Reports incidents in incident-service over HTTP, as the service account acting on the moderator's behalf
 * ({@code X-On-Behalf-Of}), with an idempotency key so a retry never reports twice.
 */
@Component
class IncidentReporter {

    /** incident-service could not answer now; worth asking again later. */
    static class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** incident-service answered no; asking again would get the same answer. */
    static class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final RestClient client;
    private final String username;
    private final String password;
    private final Duration retryAfter;
    private final Duration retryAtMostEvery;

    IncidentReporter(RestClient.Builder builder,
                     @Value("${safeguarding.incident-service.url:http://localhost:8081}") String url,
                     @Value("${safeguarding.service-account.username:}") String username,
                     @Value("${safeguarding.service-account.password:}") String password,
                     @Value("${safeguarding.incident-service.retry-after:PT30S}") Duration retryAfter,
                     @Value("${safeguarding.incident-service.retry-at-most-every:PT1H}") Duration retryAtMostEvery) {
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        factory.setReadTimeout(Duration.ofSeconds(15));
        this.client = builder.clone().requestFactory(factory).baseUrl(url).build();
        this.username = username;
        this.password = password;
        this.retryAfter = retryAfter;
        this.retryAtMostEvery = retryAtMostEvery;
    }

    /** Reports the incident and answers its id in incident-service. */
    String report(IncidentReport report) {
        if (username.isBlank()) {
            throw new Refused("No service account is configured (safeguarding.service-account.username)");
        }
        JsonNode created;
        try {
            created = client.post().uri("/api/incidents")
                    .headers(headers -> {
                        headers.setBasicAuth(username, password);
                        headers.set("X-On-Behalf-Of", report.onBehalfOf());
                        headers.set("Idempotency-Key", report.idempotencyKey());
                    })
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(report.body())
                    .retrieve()
                    .body(JsonNode.class);
        } catch (ResourceAccessException unreachable) {
            throw new Unavailable("incident-service cannot be reached", unreachable);
        } catch (RestClientResponseException answered) {
            if (isWorthRetrying(answered.getStatusCode().value())) {
                throw new Unavailable("incident-service answered " + answered.getStatusCode().value(), answered);
            }
            throw new Refused("incident-service refused the report (" + answered.getStatusCode().value() + "): "
                    + answered.getResponseBodyAsString());
        } catch (RestClientException unreadable) {
            throw new Unavailable("incident-service gave an answer that cannot be read", unreadable);
        }
        if (created == null || !created.hasNonNull("id")) {
            throw new Unavailable("incident-service did not say which incident it reported", null);
        }
        return created.get("id").asText();
    }

    /** Doubling from {@code retry-after} up to {@code retry-at-most-every}: never given up, never hammered. */
    Duration retryDelay(int attempts) {
        Duration delay = retryAfter.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(retryAtMostEvery) > 0 ? retryAtMostEvery : delay;
    }

    private static boolean isWorthRetrying(int status) {
        return status >= 500 || status == HttpStatus.REQUEST_TIMEOUT.value()
                || status == HttpStatus.TOO_MANY_REQUESTS.value() || status == HttpStatus.CONFLICT.value();
    }
}
