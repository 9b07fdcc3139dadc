package org.safeguarding.post.platform;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

/**
 * Exactly one adapter behind the port, chosen by {@code safeguarding.platform.adapter}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlatformProperties.class)
class PlatformConfiguration {

    /**
     * Read by {@code GET /api/outbox} whichever adapter is chosen: empty unless the
     * outbox is the adapter.
     */
    @Bean
    Outbox outbox(JdbcTemplate jdbc, Clock clock) {
        return new Outbox(jdbc, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "safeguarding.platform.adapter", havingValue = "outbox", matchIfMissing = true)
    SocialPlatform outboxPlatform(Outbox outbox) {
        return new OutboxPlatform(outbox);
    }

    /**
     * Spring Boot's builder sets how long a call to X may wait
     * ({@code spring.http.client.*}).
     */
    @Bean
    @ConditionalOnProperty(name = "safeguarding.platform.adapter", havingValue = "x")
    SocialPlatform xPlatform(PlatformProperties properties, RestClient.Builder builder) {
        PlatformProperties.X x = properties.x();
        if (x == null || x.baseUrl() == null || x.bearerToken() == null || x.userId() == null) {
            throw new IllegalStateException("safeguarding.platform.adapter=x needs safeguarding.platform.x.base-url, "
                    + "bearer-token and user-id");
        }
        return new XPlatform(builder.baseUrl(x.baseUrl()).build(), x.bearerToken(), x.userId());
    }

}
