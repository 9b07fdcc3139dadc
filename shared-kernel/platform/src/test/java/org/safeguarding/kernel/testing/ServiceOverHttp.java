package org.safeguarding.kernel.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the services' HTTP contracts share: the service under test, started by a
 * {@code @SpringBootTest} on a random port, and a real HTTP client for it, made before
 * each test (and before a subclass's own {@code @BeforeEach}).
 */
public abstract class ServiceOverHttp {

    @LocalServerPort
    protected int port;

    protected Api api;

    @BeforeEach
    void connectTheClient() {
        api = new Api(port);
    }

    /** A 403 answered as problem details, as the security filter chain refuses. */
    protected static void assertRefused(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

}
