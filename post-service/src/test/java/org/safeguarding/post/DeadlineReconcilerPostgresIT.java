package org.safeguarding.post;

import java.util.List;

import org.safeguarding.kernel.testing.PostgresDatabases;

/** The deadline reconciler on a real PostgreSQL server. */
class DeadlineReconcilerPostgresIT extends DeadlineReconcilerContract {

    @Override
    List<String> databaseProperties() {
        return List.of("spring.datasource.url=" + PostgresDatabases.newDatabaseUrl(),
                "spring.datasource.username=postgres", "spring.datasource.password=postgres");
    }

}
