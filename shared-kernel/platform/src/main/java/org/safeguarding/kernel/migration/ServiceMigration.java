package org.safeguarding.kernel.migration;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration written in Java and declared as one of the service's beans, so that it can
 * use them: numbered among the SQL ones, run in Flyway's transaction, and without a
 * checksum, as what it does depends on the data it finds.
 */
public abstract class ServiceMigration implements JavaMigration {

    private final MigrationVersion version;

    private final String description;

    protected ServiceMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return null;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }

}
