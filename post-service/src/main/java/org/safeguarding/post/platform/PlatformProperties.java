package org.safeguarding.post.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeguarding.platform.*}: {@code adapter} is {@code outbox} (record what would be sent, the default)
 * or {@code x} (call the X API v2 with a user-context bearer token for the school account {@code x.user-id}).
 */
@ConfigurationProperties("safeguarding.platform")
record PlatformProperties(String adapter, X x) {

    record X(String baseUrl, String bearerToken, String userId) {
    }
}
