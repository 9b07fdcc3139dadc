package org.safeguarding.incident.retention;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.migration.Context;
import org.safeguarding.kernel.api.incident.IncidentDisposed;
import org.safeguarding.kernel.migration.ServiceMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 121, on PostgreSQL: under least privilege the service user may only INSERT
 * and SELECT on the access log and the evidence files, so the two deletions retention
 * needs are functions the owner runs for it ({@code security definer}), each deleting
 * only what it may. {@code purge_access_log} never deletes an entry younger than six
 * years when called by another user than the owner; {@code dispose_evidence} deletes an
 * incident's files only once the event store holds that incident's
 * {@code IncidentDisposed}. On H2 (one user) the service deletes directly.
 */
@Component
class DisposalFunctionsMigration extends ServiceMigration {

    static final String PURGE_ACCESS_LOG = """
            create or replace function purge_access_log(before timestamp with time zone) returns integer
            language sql security definer set search_path = public as $$
                with purged as (
                    delete from access_log
                    where at < before and (session_user = current_user or at < now() - interval '6 years')
                    returning 1)
                select count(*)::integer from purged
            $$""";

    static final String DISPOSE_EVIDENCE = """
            create or replace function dispose_evidence(incident varchar) returns integer
            language sql security definer set search_path = public as $$
                with disposed as (
                    delete from evidence_file
                    where incident_id = incident and exists (
                        select 1 from domain_event_entry
                        where aggregate_identifier = incident
                          and payload_type = '%s')
                    returning 1)
                select count(*)::integer from disposed
            $$""".formatted(IncidentDisposed.class.getName());

    DisposalFunctionsMigration() {
        super("121", "disposal functions on PostgreSQL");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            return;
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute(PURGE_ACCESS_LOG);
            sql.execute(DISPOSE_EVIDENCE);
        }
    }

}
