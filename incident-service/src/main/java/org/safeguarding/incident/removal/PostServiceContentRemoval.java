package org.safeguarding.incident.removal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.safeguarding.kernel.api.incident.ContentRef;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Asks post-service to delete the content ({@code POST /api/content/{id}/deletion}) as the service account, on
 * behalf of the person who asked, with the incident id as idempotency key.
 */
@Component
class PostServiceContentRemoval implements ContentRemoval {

    private final RestClient postService;

    PostServiceContentRemoval(@Value("${safeguarding.post-service.url}") String url,
                              @Value("${safeguarding.service-account.username:}") String username,
                              @Value("${safeguarding.service-account.password:}") String password) {
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(3));
        requests.setReadTimeout(Duration.ofSeconds(15));
        this.postService = RestClient.builder()
                .baseUrl(url)
                .requestFactory(requests)
                .defaultHeader("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    @Override
    public Result remove(ContentRef content, String incidentId, String requestedBy) {
        try {
            postService.post()
                    .uri("/api/content/{id}/deletion", content.id())
                    .header("Idempotency-Key", incidentId)
                    .header("X-On-Behalf-Of", requestedBy)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("reason", "Removed for safeguarding incident " + incidentId, "incidentId", incidentId))
                    .retrieve()
                    .toBodilessEntity();
            return new Result(Outcome.REMOVED, null);
        } catch (RestClientResponseException refused) {
            HttpStatusCode status = refused.getStatusCode();
            boolean worthRetrying = status.is5xxServerError() || status.value() == 408 || status.value() == 409
                    || status.value() == 429;
            return new Result(worthRetrying ? Outcome.UNAVAILABLE : Outcome.REFUSED,
                    "post-service answered " + status.value() + ": " + refused.getResponseBodyAsString());
        } catch (ResourceAccessException unreachable) {
            return new Result(Outcome.UNAVAILABLE, "post-service unreachable: " + unreachable.getMessage());
        }
    }
}
