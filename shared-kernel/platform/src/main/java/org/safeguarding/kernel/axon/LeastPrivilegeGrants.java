package org.safeguarding.kernel.axon;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * On PostgreSQL, when migrations run as the schema's owner ({@code spring.flyway.user})
 * and the service connects as another user, that user may read and write the working
 * tables but only INSERT and SELECT on the record: the events, the chain, the
 * checkpoints, the access log, the record of second factors and the evidence files
 * (incident-service). Nobody using the service's credentials can rewrite history. The
 * data subjects' keys may be added, read and erased (an update), never deleted: the row
 * of an erased key stays, so that no new key is ever made for that subject. What
 * retention must delete there (access-log entries past their period, a disposed
 * incident's evidence files) goes through functions the owner runs for the service, which
 * delete nothing else (incident-service's migration 121).
 */
class LeastPrivilegeGrants implements Callback {

    static final List<String> APPEND_ONLY = List.of("domain_event_entry", "audit_link", "audit_checkpoint",
            "access_log", "mfa_record", "evidence_file");
    static final List<String> READ_ONLY = List.of("snapshot_event_entry", "flyway_schema_history");
    static final List<String> NEVER_DELETED = List.of("subject_key");

    private final String serviceUser;

    LeastPrivilegeGrants(String serviceUser) {
        this.serviceUser = serviceUser;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            Connection connection = context.getConnection();
            String migrator = connection.getMetaData().getUserName();
            if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL") || serviceUser == null
                    || serviceUser.isBlank() || serviceUser.equals(migrator)) {
                return;
            }
            String user = "\"" + serviceUser.replace("\"", "\"\"") + "\"";
            try (Statement sql = connection.createStatement()) {
                sql.execute("grant usage on schema public to " + user);
                sql.execute("grant select, insert, update, delete on all tables in schema public to " + user);
                sql.execute("grant usage, select on all sequences in schema public to " + user);
                for (String table : APPEND_ONLY) {
                    if (exists(sql, table)) {
                        sql.execute("revoke update, delete, truncate on " + table + " from " + user);
                    }
                }
                for (String table : NEVER_DELETED) {
                    if (exists(sql, table)) {
                        sql.execute("revoke delete, truncate on " + table + " from " + user);
                    }
                }
                for (String table : READ_ONLY) {
                    sql.execute("revoke insert, update, delete, truncate on " + table + " from " + user);
                }
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot grant the service user its least privileges", e);
        }
    }

    private static boolean exists(Statement sql, String table) throws SQLException {
        try (var result = sql.executeQuery("select to_regclass('public." + table + "') is not null")) {
            return result.next() && result.getBoolean(1);
        }
    }

    @Override
    public String getCallbackName() {
        return "least-privilege-grants";
    }

}
