package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * What operators rely on: metrics only for ADMIN and MONITORING, health for anyone, and
 * failed sign-ins throttled per username and per address. The service trusts
 * X-Forwarded-For from a local proxy, as it would behind one, so each test signs in from
 * addresses of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = { "server.forward-headers-strategy=native",
        "safeguarding.login.failures-per-address=10", "safeguarding.post-service.url=http://localhost:9",
        "safeguarding.directory.users[0].username=teacher", "safeguarding.directory.users[0].roles=STAFF",
        "safeguarding.directory.users[0].password=" + OperationsContract.DEMO_HASH,
        "safeguarding.directory.users[1].username=admin", "safeguarding.directory.users[1].roles=ADMIN",
        "safeguarding.directory.users[1].password=" + OperationsContract.DEMO_HASH,
        "safeguarding.directory.users[2].username=scraper", "safeguarding.directory.users[2].roles=MONITORING",
        "safeguarding.directory.users[2].password=" + OperationsContract.DEMO_HASH,
        "safeguarding.directory.users[3].username=dsl", "safeguarding.directory.users[3].roles=STAFF,DSL",
        "safeguarding.directory.users[3].password=" + OperationsContract.DEMO_HASH })
abstract class OperationsContract extends ServiceOverHttp {

    /** "demo", as in the demo directory. */
    static final String DEMO_HASH = "{bcrypt}$2a$10$BmWggonJ4georeLXEDJvlu3xOCmJIWi97j5Ix9voypE15NwUe77z.";

    private static final String WRONG_PASSWORD = "Not-The-Password-7";

    @Test
    void metricsAreForAdminAndMonitoringAndHealthForAnyone() {
        for (String path : new String[] { "/actuator/prometheus", "/actuator/metrics" }) {
            assertThat(api.anonymous().get(path).status()).as(path).isEqualTo(401);
            assertThat(api.as("teacher").get(path).status()).as(path).isEqualTo(403);
            assertThat(api.as("dsl").get(path).status()).as(path).isEqualTo(403);
            assertThat(api.as("admin").get(path).status()).as(path).isEqualTo(200);
            assertThat(api.as("scraper").get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(api.anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertThat(api.as("scraper").get("/api/incidents").status()).isEqualTo(403);
    }

    @Test
    void fiveFailedSignInsRefuseTheUsernameFor15MinutesWith429AndRetryAfter(CapturedOutput log) {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("teacher", WRONG_PASSWORD, "203.0.113.1").status()).isEqualTo(401);
        }

        Api.Response refused = signIn("teacher", "demo", "203.0.113.2");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(840L, 900L);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.json().get("type").asText()).endsWith("/problems/too-many-failed-sign-ins");
        assertThat(refused.json().get("status").asInt()).isEqualTo(429);
        assertThat(signIn("dsl", "demo", "203.0.113.1").status()).isEqualTo(200);

        assertThat(log.getOut()).contains("Failed sign-in for username 'teacher' from 203.0.113.1")
            .contains("Sign-in locked for username 'teacher' after 5 failures")
            .contains("Sign-in refused: username 'teacher'")
            .doesNotContain(WRONG_PASSWORD);
        assertThat(api.as("admin").get("/actuator/prometheus").body())
            .containsPattern("safeguarding_logins_failed_total(\\{[^}]*})? [1-9]")
            .containsPattern("safeguarding_logins_refused_total\\{[^}]*limit=\"username\"[^}]*} [1-9]");
    }

    @Test
    void aUsernameNobodyHasIsRefusedJustAsOneSomebodyHas() {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("nobody-here", WRONG_PASSWORD, "203.0.113.3").status()).isEqualTo(401);
        }

        assertThat(signIn("nobody-here", WRONG_PASSWORD, "203.0.113.4").status()).isEqualTo(429);
    }

    @Test
    void anAddressThatFailsForManyUsernamesIsRefusedWhileOthersAreNot() {
        for (int i = 0; i < 10; i++) {
            assertThat(signIn("sprayed" + i, WRONG_PASSWORD, "203.0.113.66").status()).isEqualTo(401);
        }

        Api.Response refused = signIn("admin", "demo", "203.0.113.66");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(signIn("admin", "demo", "203.0.113.67").status()).isEqualTo(200);
        assertThat(api.as("admin").get("/actuator/prometheus", "X-Forwarded-For", "203.0.113.67").body())
            .containsPattern("safeguarding_logins_refused_total\\{[^}]*limit=\"address\"[^}]*} [1-9]");
    }

    /** A call that needs a signed-in user, from the given address. */
    private Api.Response signIn(String username, String password, String address) {
        return api.withPassword(username, password)
            .get("/api/staff/" + username + "/availability", "X-Forwarded-For", address);
    }

}
