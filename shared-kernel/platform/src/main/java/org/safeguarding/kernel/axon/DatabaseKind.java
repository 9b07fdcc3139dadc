package org.safeguarding.kernel.axon;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which database the service runs on, for the few statements that differ: on PostgreSQL
 * the service user deletes from the record's tables only through the owner's functions
 * (see {@code LeastPrivilegeGrants}).
 */
public final class DatabaseKind {

    private DatabaseKind() {
    }

    public static boolean isPostgres(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> connection.getMetaData()
            .getDatabaseProductName()
            .equals("PostgreSQL")));
    }

}
