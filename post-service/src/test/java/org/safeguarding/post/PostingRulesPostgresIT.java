package org.safeguarding.post;

import org.safeguarding.kernel.testing.PostgresDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The posting rules over HTTP on a real PostgreSQL server. */
class PostingRulesPostgresIT extends PostingRulesContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabases.useFreshDatabase(registry);
    }

}
