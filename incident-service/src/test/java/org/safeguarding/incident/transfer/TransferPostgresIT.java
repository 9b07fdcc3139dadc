package org.safeguarding.incident.transfer;

import org.safeguarding.kernel.testing.PostgresDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Transfers on a real PostgreSQL server. */
class TransferPostgresIT extends TransferContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabases.useFreshDatabase(registry);
    }

}
