package org.safeguarding.post;

import org.safeguarding.kernel.testing.PostgresDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Rebuilding every projection on a real PostgreSQL server. */
class ProjectionRebuildPostgresIT extends ProjectionRebuildContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabases.useFreshDatabase(registry);
    }

}
