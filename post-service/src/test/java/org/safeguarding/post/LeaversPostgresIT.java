package org.safeguarding.post;

import java.util.List;

import org.safeguarding.kernel.testing.PostgresDatabases;

/** Leavers on a real PostgreSQL server. */
class LeaversPostgresIT extends LeaversContract {

    @Override
    List<String> databaseProperties() {
        return List.of("spring.datasource.url=" + PostgresDatabases.newDatabaseUrl(),
                "spring.datasource.username=postgres", "spring.datasource.password=postgres");
    }

}
