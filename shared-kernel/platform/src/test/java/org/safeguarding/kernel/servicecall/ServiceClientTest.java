package org.safeguarding.kernel.servicecall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.web.client.RestClient;

class ServiceClientTest {

    private HttpServer server;

    private final List<Headers> received = new CopyOnWriteArrayList<>();

    private final List<String> bodies = new CopyOnWriteArrayList<>();

    private volatile int status = 201;

    private volatile long delayMillis;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            received.add(exchange.getRequestHeaders());
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            try {
                Thread.sleep(delayMillis);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] answer = (status < 300 ? "{\"id\":\"incident-1\"}"
                    : "{\"type\":\"/problems/x\",\"status\":" + status + "}")
                .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders()
                .add("Content-Type", status < 300 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /**
     * With the builder as Spring Boot makes it, here waiting 2 s to connect and 2 s for
     * an answer.
     */
    private ServiceClient client(String username, String password) {
        var timeouts = ClientHttpRequestFactorySettings.defaults()
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
        return new ServiceClient("incident-service",
                new ServiceEndpoint("http://127.0.0.1:" + server.getAddress().getPort(), username, password,
                        Duration.ofSeconds(5), Duration.ofMinutes(5)),
                RestClient.builder().requestFactory(ClientHttpRequestFactoryBuilder.detect().build(timeouts)));
    }

    private static ServiceCall report() {
        return ServiceCall.post("/api/incidents", Map.of("summary", "Reply bullying a pupil"))
            .onBehalfOf("computing")
            .withIdempotencyKey("comment-1");
    }

    @Test
    void aCallGoesAsThisDirectionsAccountForThePersonWithItsIdempotencyKey() {
        JsonNode created = client("post-service", "secret").send(report(), JsonNode.class);

        assertThat(created.get("id").asText()).isEqualTo("incident-1");
        Headers headers = received.get(0);
        assertThat(headers.getFirst("Authorization")).isEqualTo("Basic cG9zdC1zZXJ2aWNlOnNlY3JldA==");
        assertThat(headers.getFirst("X-On-Behalf-Of")).isEqualTo("computing");
        assertThat(headers.getFirst("Idempotency-Key")).isEqualTo("comment-1");
        assertThat(headers.getFirst("Content-Type")).startsWith("application/json");
        assertThat(bodies.get(0)).isEqualTo("{\"summary\":\"Reply bullying a pupil\"}");
    }

    @Test
    void aCallAsTheServiceItselfNamesNoOne() {
        status = 200;
        client("incident-service", "secret").send(ServiceCall.get("/api/pupil-names"));

        assertThat(received.get(0).getFirst("X-On-Behalf-Of")).isNull();
        assertThat(received.get(0).getFirst("Idempotency-Key")).isNull();
    }

    @Test
    void serverErrorsTimeoutsConflictsAndThrottlingAreWorthRetrying() {
        for (int answered : List.of(500, 503, 408, 409, 429)) {
            status = answered;
            assertThatThrownBy(() -> client("post-service", "secret").send(report()))
                .isInstanceOf(ServiceClient.Unavailable.class)
                .hasMessage("incident-service answered " + answered);
        }
    }

    @Test
    void aRefusalIsFinalAndSaysWhy() {
        status = 422;
        assertThatThrownBy(() -> client("post-service", "secret").send(report()))
            .isInstanceOf(ServiceClient.Refused.class)
            .hasMessageStartingWith("incident-service answered 422: {\"type\":\"/problems/x\"");
    }

    @Test
    void anUnreachableOrSlowServiceIsWorthRetrying() {
        delayMillis = 3_000;
        assertThatThrownBy(() -> client("post-service", "secret").send(report()))
            .isInstanceOf(ServiceClient.Unavailable.class);

        server.stop(0);
        assertThatThrownBy(() -> client("post-service", "secret").send(report()))
            .isInstanceOf(ServiceClient.Unavailable.class)
            .hasMessageStartingWith("incident-service cannot be reached");
    }

    @Test
    void withoutAnAccountNothingIsSent() {
        assertThatThrownBy(() -> client("", null).send(report())).isInstanceOf(ServiceClient.Refused.class)
            .hasMessageContaining("safeguarding.incident-service.username");
        assertThat(received).isEmpty();
    }

    @Test
    void theBackOffDoublesUpToTheLongestDelay() {
        ServiceClient client = client("post-service", "secret");

        assertThat(List.of(client.retryDelay(1), client.retryDelay(2), client.retryDelay(3), client.retryDelay(10)))
            .containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20),
                    Duration.ofMinutes(5));
    }

    @Test
    void thePasswordNeverAppearsInTheEndpointsText() {
        assertThat(new ServiceEndpoint("http://x", "post-service", "secret", null, null).toString())
            .doesNotContain("secret")
            .contains("post-service");
    }

}
