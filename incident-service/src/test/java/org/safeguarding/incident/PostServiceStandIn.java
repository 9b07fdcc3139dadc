package org.safeguarding.incident;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for post-service in subject access tests, answering as it does: its pupil
 * register (Amy Brown P-17, Ben Jones P-23) and its records of Amy, one comment naming
 * her and Ben. It keeps whom each records call was made for.
 */
final class PostServiceStandIn {

    static final String RECORDS_OF_AMY = """
            {"comments": [{"commentId": "c-1", "platform": "X", "accountHandle": "@School",
              "author": "@a_parent", "text": "Ben Jones pushed Amy Brown at the gate",
              "receivedAt": "2026-11-16T10:00:00Z", "status": "AWAITING", "writtenBySubject": false,
              "moderation": [], "incidentIds": []}],
             "posts": [], "consents": []}
            """;

    final List<String> onBehalfOf = new CopyOnWriteArrayList<>();

    private final HttpServer server;

    PostServiceStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/subject-access/records", exchange -> {
            onBehalfOf.add(exchange.getRequestHeaders().getFirst("X-On-Behalf-Of"));
            String asked = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            answer(exchange,
                    asked.contains("P-17") ? RECORDS_OF_AMY : "{\"comments\": [], \"posts\": [], \"consents\": []}");
        });
        server.createContext("/api/pupil-names", exchange -> answer(exchange,
                "[{\"ref\": \"P-17\", \"name\": \"Amy Brown\"}, {\"ref\": \"P-23\", \"name\": \"Ben Jones\"}]"));
        server.start();
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
    }

}
