package org.safeguarding.incident;

import org.safeguarding.kernel.testing.PostgresDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The audit chain on PostgreSQL. */
class AuditChainPostgresIT extends AuditChainContract {

    private static final String DATABASE_URL = PostgresDatabases.newDatabaseUrl();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE_URL);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
