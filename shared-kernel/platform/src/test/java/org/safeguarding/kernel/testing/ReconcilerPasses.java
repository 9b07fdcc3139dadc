package org.safeguarding.kernel.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.safeguarding.kernel.deadline.ReconcilerConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lets a test wait out the reconciling pass a service runs at start-up, so that its own
 * passes run alone.
 */
public final class ReconcilerPasses {

    private ReconcilerPasses() {
    }

    public static void awaitStartUpPass(JdbcTemplate jdbc) {
        await("the start-up reconciling pass").atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> jdbc.queryForObject(
                    "select count(*) from scheduled_tasks where task_name = ? "
                            + "and last_success is not null and picked = false",
                    Integer.class, ReconcilerConfiguration.TASK_NAME) == 1);
    }

}
