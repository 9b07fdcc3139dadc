package org.safeguarding.post;

import java.util.List;

import org.safeguarding.kernel.testing.PostgresDatabases;

/**
 * Crash safety on a real PostgreSQL server, which keeps running while the service is
 * killed.
 */
class CrashSafetyPostgresIT extends CrashSafetyContract {

    @Override
    protected List<String> databaseProperties() {
        return PostgresDatabases.freshDatabaseProperties();
    }

}
