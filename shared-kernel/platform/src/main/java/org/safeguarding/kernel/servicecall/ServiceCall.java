package org.safeguarding.kernel.servicecall;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * One request to the other service: verb, path (a template filled from
 * {@code pathVariables}), JSON body, the person it is made for (who is the actor there,
 * with this service recorded as {@code via}) and its idempotency key.
 */
public record ServiceCall(HttpMethod method, String path, List<Object> pathVariables, Object body, String forPerson,
        String idempotencyKey) {

    public ServiceCall {
        pathVariables = List.copyOf(pathVariables);
    }

    public static ServiceCall get(String path, Object... pathVariables) {
        return new ServiceCall(HttpMethod.GET, path, List.of(pathVariables), null, null, null);
    }

    public static ServiceCall post(String path, Object body, Object... pathVariables) {
        return new ServiceCall(HttpMethod.POST, path, List.of(pathVariables), body, null, null);
    }

    public ServiceCall onBehalfOf(String username) {
        return new ServiceCall(method, path, pathVariables, body, username, idempotencyKey);
    }

    /**
     * The same key on every retry, so the other service carries the request out once
     * however often it is asked.
     */
    public ServiceCall withIdempotencyKey(String key) {
        return new ServiceCall(method, path, pathVariables, body, forPerson, key);
    }
}
