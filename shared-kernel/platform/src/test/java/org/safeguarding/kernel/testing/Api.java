package org.safeguarding.kernel.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A real HTTP client for the services' tests: signs in as a demo user (password "demo")
 * and speaks JSON.
 */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    public Api(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public Caller as(String username) {
        return withPassword(username, "demo");
    }

    public Caller withPassword(String username, String password) {
        return new Caller("Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public Caller anonymous() {
        return new Caller(null);
    }

    public static String json(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public final class Caller {

        private final String authorization;

        private Caller(String authorization) {
            this.authorization = authorization;
        }

        public Response get(String path, String... headers) {
            return send(request(path, headers).GET());
        }

        public Response post(String path, Object body, String... headers) {
            return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))));
        }

        public Response post(String path) {
            return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
        }

        public Response postBytes(String path, byte[] body, String contentType) {
            return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        }

        public Response put(String path, Object body, String... headers) {
            return send(request(path, headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
        }

        public Response delete(String path) {
            return send(request(path).DELETE());
        }

        private HttpRequest.Builder request(String path, String... headers) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30));
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
            for (int i = 0; i + 1 < headers.length; i += 2) {
                builder.header(headers[i], headers[i + 1]);
            }
            return builder;
        }

        private Response send(HttpRequest.Builder builder) {
            try {
                HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Response(response.statusCode(), response.headers(), response.body());
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

    }

    public record Response(int status, HttpHeaders headers, byte[] bytes) {

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(bytes);
            }
            catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + body(), e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + body();
        }
    }

}
