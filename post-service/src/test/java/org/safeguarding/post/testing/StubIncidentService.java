package org.safeguarding.post.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * incident-service's {@code POST /api/incidents} as far as post-service relies on it: 201
 * with the new view's id, the same id again for a repeated Idempotency-Key, or a queued
 * failure status.
 */
public final class StubIncidentService {

    public record Received(String method, String path, String authorization, String onBehalfOf, String idempotencyKey,
            JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;

    private final List<Received> received = new CopyOnWriteArrayList<>();

    private final Queue<Integer> failures = new ConcurrentLinkedQueue<>();

    private final Map<String, String> incidentsByKey = new ConcurrentHashMap<>();

    private final AtomicInteger incidents = new AtomicInteger();

    private StubIncidentService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/incidents", this::answer);
        server.start();
    }

    public static StubIncidentService start() {
        try {
            return new StubIncidentService();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The next request gets this status (such as 503) instead of a report. */
    public void failNextWith(int status) {
        failures.add(status);
    }

    private void answer(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        var headers = exchange.getRequestHeaders();
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                headers.getFirst("Authorization"), headers.getFirst("X-On-Behalf-Of"),
                headers.getFirst("Idempotency-Key"), body.length == 0 ? null : JSON.readTree(body)));
        Integer failure = failures.poll();
        if (failure != null) {
            respond(exchange, failure, "{\"type\":\"/problems/unavailable\",\"status\":" + failure + "}");
            return;
        }
        String id = incidentsByKey.computeIfAbsent(String.valueOf(headers.getFirst("Idempotency-Key")),
                key -> "incident-" + incidents.incrementAndGet());
        exchange.getResponseHeaders().add("Location", "/api/incidents/" + id);
        respond(exchange, 201,
                "{\"id\":\"" + id + "\",\"status\":\"OPEN\",\"level\":\"COMPUTING_LEAD\",\"version\":0}");
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
            .add("Content-Type", status < 300 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

}
