package org.safeguarding.incident;

import java.util.List;

import org.safeguarding.kernel.testing.PostgresDatabases;

/** Another key store on PostgreSQL. */
class AnotherKeyStorePostgresIT extends AnotherKeyStoreContract {

    @Override
    List<String> databaseProperties() {
        return List.of("spring.datasource.url=" + PostgresDatabases.newDatabaseUrl(),
                "spring.datasource.username=postgres", "spring.datasource.password=postgres");
    }

}
