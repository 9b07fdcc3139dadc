package org.safeguarding.post.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.web.client.RestClient;

class PlatformConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
        .withUserConfiguration(PlatformConfiguration.class)
        .withBean(JdbcTemplate.class, () -> new JdbcTemplate(new SimpleDriverDataSource()))
        .withBean(Clock.class, Clock::systemUTC)
        .withBean(RestClient.Builder.class, RestClient::builder);

    @Test
    void theOutboxIsTheAdapterUnlessConfiguredOtherwise() {
        context.run(started -> assertThat(started.getBean(SocialPlatform.class)).isInstanceOf(OutboxPlatform.class));
    }

    @Test
    void theXAdapterIsChosenByConfiguration() {
        context
            .withPropertyValues("safeguarding.platform.adapter=x",
                    "safeguarding.platform.x.base-url=http://127.0.0.1:1", "safeguarding.platform.x.bearer-token=token",
                    "safeguarding.platform.x.user-id=1500000000000000000")
            .run(started -> assertThat(started.getBean(SocialPlatform.class)).isInstanceOf(XPlatform.class));
    }

    @Test
    void theTokenIsNeverPrinted() {
        var x = new PlatformProperties.X("https://api.x.com", "AAAA-secret-bearer-token", "1500000000000000000");

        assertThat(new PlatformProperties("x", x).toString()).contains("https://api.x.com", "1500000000000000000")
            .doesNotContain("AAAA-secret-bearer-token");
    }

    @Test
    void theXAdapterWithoutItsTokenRefusesToStart() {
        context.withPropertyValues("safeguarding.platform.adapter=x").run(started -> assertThat(started).hasFailed());
    }

}
