package org.safeguarding.post.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeguarding.platform.*}: {@code adapter} is {@code outbox} (record what would
 * be sent, the default) or {@code x} (call the X API v2 with a user-context bearer token
 * for the school account {@code x.user-id}).
 */
@ConfigurationProperties("safeguarding.platform")
record PlatformProperties(String adapter, X x) {

    record X(String baseUrl, String bearerToken, String userId) {

        /** Without the token: a record's string shows up in logs and start-up errors. */
        @Override
        public String toString() {
            return "X[baseUrl=" + baseUrl + ", userId=" + userId + ", bearerToken withheld]";
        }
    }
}
