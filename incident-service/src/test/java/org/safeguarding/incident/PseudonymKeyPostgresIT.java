package org.safeguarding.incident;

import java.util.List;

import org.safeguarding.kernel.testing.PostgresDatabases;

/** The pseudonym key on PostgreSQL. */
class PseudonymKeyPostgresIT extends PseudonymKeyContract {

    @Override
    List<String> databaseProperties() {
        return List.of("spring.datasource.url=" + PostgresDatabases.newDatabaseUrl(),
                "spring.datasource.username=postgres", "spring.datasource.password=postgres");
    }

}
