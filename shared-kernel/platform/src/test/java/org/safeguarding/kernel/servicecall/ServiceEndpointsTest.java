package org.safeguarding.kernel.servicecall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ServiceEndpointsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ServiceCallConfiguration.class));

    @Test
    void unsetTheBackOffStartsAtFiveSecondsAndDoublesUpToFiveMinutes() {
        context.run(started -> assertThat(started.getBean(ServiceEndpoints.class).postService())
            .extracting(ServiceEndpoint::retryFirst, ServiceEndpoint::retryLongest)
            .containsExactly(Duration.ofSeconds(5), Duration.ofMinutes(5)));
    }

    @Test
    void aServiceAskedToRetryAtOnceRefusesToStart() {
        context.withPropertyValues("safeguarding.incident-service.retry-first=PT0S")
            .run(started -> assertThat(started).hasFailed()
                .getFailure()
                .hasStackTraceContaining("incidentService.retryFirst")
                .hasStackTraceContaining("1 second"));
    }

}
