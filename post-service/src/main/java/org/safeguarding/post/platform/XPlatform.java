package org.safeguarding.post.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The X API v2, acting as the school account that the user-context bearer token belongs
 * to. Media are described, not uploaded, in this product, so a post goes out as its text.
 */
class XPlatform implements SocialPlatform {

    private final RestClient client;

    private final String bearerToken;

    private final String schoolUserId;

    XPlatform(RestClient client, String bearerToken, String schoolUserId) {
        this.client = client;
        this.bearerToken = bearerToken;
        this.schoolUserId = schoolUserId;
    }

    @Override
    public String createPost(String account, String text, String inReplyTo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        if (inReplyTo != null) {
            body.put("reply", Map.of("in_reply_to_tweet_id", inReplyTo));
        }
        JsonNode created = call("create the post",
                () -> client.post()
                    .uri("/2/tweets")
                    .headers(headers -> headers.setBearerAuth(bearerToken))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .body(JsonNode.class));
        JsonNode id = created == null ? null : created.path("data").get("id");
        if (id == null || id.asText().isBlank()) {
            throw new PlatformUnavailable("X did not say which post it created", null);
        }
        return id.asText();
    }

    @Override
    public void deletePost(String account, String platformPostId) {
        delete(platformPostId, "delete the post");
    }

    @Override
    public void deleteComment(String account, String platformCommentId) {
        delete(platformCommentId, "delete the reply");
    }

    @Override
    public void hideReply(String account, String platformCommentId) {
        call("hide the reply",
                () -> client.put()
                    .uri("/2/tweets/{id}/hidden", platformCommentId)
                    .headers(headers -> headers.setBearerAuth(bearerToken))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("hidden", true))
                    .retrieve()
                    .body(JsonNode.class));
    }

    @Override
    public void blockUser(String account, String platformUserId) {
        call("block the user",
                () -> client.post()
                    .uri("/2/users/{id}/blocking", schoolUserId)
                    .headers(headers -> headers.setBearerAuth(bearerToken))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("target_user_id", platformUserId))
                    .retrieve()
                    .body(JsonNode.class));
    }

    private void delete(String tweetId, String what) {
        call(what,
                () -> client.delete()
                    .uri("/2/tweets/{id}", tweetId)
                    .headers(headers -> headers.setBearerAuth(bearerToken))
                    .retrieve()
                    .body(JsonNode.class));
    }

    private static JsonNode call(String what, Supplier<JsonNode> request) {
        try {
            return request.get();
        }
        catch (RestClientException e) {
            throw new PlatformUnavailable("X did not " + what, e);
        }
    }

}
