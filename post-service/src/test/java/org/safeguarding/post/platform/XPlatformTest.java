package org.safeguarding.post.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/**
 * The X adapter against a local server that answers as the X API v2 does, checking each
 * request it gets.
 */
class XPlatformTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Request(String method, String path, String authorization, String contentType, JsonNode body) {
    }

    private final List<Request> received = new CopyOnWriteArrayList<>();

    private HttpServer x;

    private XPlatform platform;

    private volatile int status = 200;

    @BeforeEach
    void startX() throws IOException {
        x = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        x.createContext("/2/", this::answer);
        x.start();
        platform = new XPlatform(RestClient.builder().baseUrl("http://127.0.0.1:" + x.getAddress().getPort()).build(),
                "user-context-token", "1500000000000000000");
    }

    @AfterEach
    void stopX() {
        x.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        byte[] requestBody = exchange.getRequestBody().readAllBytes();
        received.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                requestBody.length == 0 ? null : JSON.readTree(requestBody)));
        String path = exchange.getRequestURI().getPath();
        String answer;
        if (status != 200) {
            answer = "{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\","
                    + "\"status\":429}";
        }
        else if (exchange.getRequestMethod().equals("POST") && path.equals("/2/tweets")) {
            answer = "{\"data\":{\"id\":\"1445880548472328192\",\"text\":\"Sports day!\","
                    + "\"edit_history_tweet_ids\":[\"1445880548472328192\"]}}";
        }
        else if (exchange.getRequestMethod().equals("DELETE")) {
            answer = "{\"data\":{\"deleted\":true}}";
        }
        else if (path.endsWith("/hidden")) {
            answer = "{\"data\":{\"hidden\":true}}";
        }
        else {
            answer = "{\"data\":{\"blocking\":true}}";
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status == 200 && path.equals("/2/tweets") ? 201 : status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void aPostIsCreatedWithItsTextAndTheNewTweetsIdComesBack() {
        String id = platform.createPost("@School", "Sports day!", null);

        assertThat(id).isEqualTo("1445880548472328192");
        Request request = received.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/2/tweets");
        assertThat(request.authorization()).isEqualTo("Bearer user-context-token");
        assertThat(request.contentType()).startsWith("application/json");
        assertThat(request.body()).isEqualTo(JSON.createObjectNode().put("text", "Sports day!"));
    }

    @Test
    void aNoticeInReplyNamesTheTweetItAnswers() {
        platform.createPost("@School", "We removed a reply that broke our rules.", "1445880548472328100");

        assertThat(received.get(0).body().path("reply").path("in_reply_to_tweet_id").asText())
            .isEqualTo("1445880548472328100");
    }

    @Test
    void aPostOrReplyIsDeletedByItsId() {
        platform.deletePost("@School", "1445880548472328192");
        platform.deleteComment("@School", "1445880548472328193");

        assertThat(received).extracting(Request::method, Request::path, Request::authorization)
            .containsExactly(Tuple.tuple("DELETE", "/2/tweets/1445880548472328192", "Bearer user-context-token"),
                    Tuple.tuple("DELETE", "/2/tweets/1445880548472328193", "Bearer user-context-token"));
    }

    @Test
    void aReplyIsHidden() {
        platform.hideReply("@School", "1445880548472328193");

        Request request = received.get(0);
        assertThat(request.method()).isEqualTo("PUT");
        assertThat(request.path()).isEqualTo("/2/tweets/1445880548472328193/hidden");
        assertThat(request.body()).isEqualTo(JSON.createObjectNode().put("hidden", true));
    }

    @Test
    void aUserIsBlockedByTheSchoolAccount() {
        platform.blockUser("@School", "2244994945");

        Request request = received.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/2/users/1500000000000000000/blocking");
        assertThat(request.authorization()).isEqualTo("Bearer user-context-token");
        assertThat(request.body()).isEqualTo(JSON.createObjectNode().put("target_user_id", "2244994945"));
    }

    @Test
    void anErrorFromXMeansThePlatformIsUnavailable() {
        status = 429;

        assertThatThrownBy(() -> platform.deletePost("@School", "1")).isInstanceOf(PlatformUnavailable.class)
            .hasMessageStartingWith("X did not delete the post");
    }

    @Test
    void anUnreachableXMeansThePlatformIsUnavailable() {
        x.stop(0);

        assertThatThrownBy(() -> platform.hideReply("@School", "1")).isInstanceOf(PlatformUnavailable.class);
    }

}
