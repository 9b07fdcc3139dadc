package org.safeguarding.post;

import org.safeguarding.kernel.testing.PostgresDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Disposal of posts and comments on a real PostgreSQL server, as its service user. */
class ContentDisposalPostgresIT extends ContentDisposalContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabases.useFreshDatabase(registry);
    }

}
