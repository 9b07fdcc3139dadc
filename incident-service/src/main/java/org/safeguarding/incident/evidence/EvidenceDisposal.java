package org.safeguarding.incident.evidence;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.safeguarding.kernel.api.incident.IncidentDisposed;
import org.safeguarding.kernel.axon.DatabaseKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A disposed record's evidence files are deleted with it, in the transaction that records
 * the disposal: the event store keeps only their names, sizes and hashes, which the
 * disposal leaves out of every view.
 */
@Component
@ProcessingGroup(EvidenceDisposal.NAME)
class EvidenceDisposal {

    static final String NAME = "evidence-disposal";

    private final JdbcTemplate jdbc;

    EvidenceDisposal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(IncidentDisposed disposed) {
        if (DatabaseKind.isPostgres(jdbc)) {
            jdbc.queryForObject("select dispose_evidence(?)", Integer.class, disposed.incidentId());
        }
        else {
            jdbc.update("delete from evidence_file where incident_id = ?", disposed.incidentId());
        }
    }

}
