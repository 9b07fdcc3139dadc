package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Availability is answered only to the person themselves or an administrator, so it tells
 * nobody who works here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = "safeguarding.post-service.url=http://localhost:9")
abstract class StaffAvailabilityContract extends ServiceOverHttp {

    private static final List<String> DEMO_USERS = List.of("teacher", "teacher2", "computing", "dsl", "head", "deputy",
            "governor", "admin", "slt", "chair");

    @Test
    void everyDemoUserSignsInAndReadsTheirOwnAvailability() {
        for (String user : DEMO_USERS) {
            Api.Response own = api.as(user).get("/api/staff/" + user + "/availability");
            assertThat(own.status()).as(user + ": " + own).isEqualTo(200);
            assertThat(own.json().get("username").asText()).isEqualTo(user);
        }
    }

    @Test
    void someoneElsesAvailabilityIs403WhetherOrNotTheyExist() {
        for (String user : List.of("teacher", "dsl", "governor", "chair")) {
            assertThat(api.as(user).get("/api/staff/computing/availability").status()).as(user).isEqualTo(403);
            assertThat(api.as(user).get("/api/staff/no-such-person/availability").status()).as(user).isEqualTo(403);
            assertThat(api.as(user).put("/api/staff/no-such-person/availability", Map.of("available", false)).status())
                .as(user)
                .isEqualTo(403);
        }
        Api.Response problem = api.as("teacher").get("/api/staff/no-such-person/availability");
        assertThat(problem.contentType()).isEqualTo("application/problem+json");
        assertThat(problem.json().get("type").asText()).endsWith("/problems/not-your-availability");
    }

    @Test
    void anAdministratorReadsAndSetsAnyonesAndLearnsWhoIsUnknown() {
        assertThat(api.as("admin").put("/api/staff/computing/availability", Map.of("available", true)).status())
            .isEqualTo(200);
        assertThat(api.as("admin").get("/api/staff/computing/availability").status()).isEqualTo(200);
        assertThat(api.as("admin").get("/api/staff/no-such-person/availability").status()).isEqualTo(404);
    }

}
