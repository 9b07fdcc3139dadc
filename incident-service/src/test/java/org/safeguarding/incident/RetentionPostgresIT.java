package org.safeguarding.incident;

import org.safeguarding.kernel.testing.PostgresDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Retention, legal hold and disposal on a real PostgreSQL server. */
class RetentionPostgresIT extends RetentionContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabases.useFreshDatabase(registry);
    }

}
