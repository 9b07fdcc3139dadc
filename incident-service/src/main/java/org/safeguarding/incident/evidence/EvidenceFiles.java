package org.safeguarding.incident.evidence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.safeguarding.kernel.audit.AuditKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The bytes of each evidence file, encrypted with the key store's secrets key (AES-GCM)
 * before they reach the database, bound to their incident and evidence id, so that a file
 * copied to another row does not decrypt there.
 */
@Component
class EvidenceFiles {

    /** A file as it was uploaded, decrypted. */
    record EvidenceFile(String fileName, String contentType, byte[] content) {
    }

    private final JdbcTemplate jdbc;

    private final AuditKeys keys;

    EvidenceFiles(JdbcTemplate jdbc, AuditKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    void keep(String incidentId, String evidenceId, String fileName, EvidenceType type, byte[] content, String sha256,
            Instant at) {
        jdbc.update(
                "insert into evidence_file (evidence_id, incident_id, file_name, content_type, size_bytes, sha256,"
                        + " content, added_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                evidenceId, incidentId, fileName, type.mediaType(), content.length, sha256,
                keys.encrypt(context(incidentId, evidenceId), content), Timestamp.from(at));
    }

    Optional<EvidenceFile> find(String incidentId, String evidenceId) {
        return jdbc
            .query("select file_name, content_type, content from evidence_file where incident_id = ? "
                    + "and evidence_id = ?",
                    (row, number) -> new EvidenceFile(row.getString(1), row.getString(2),
                            keys.decrypt(context(incidentId, evidenceId), row.getBytes(3))),
                    incidentId, evidenceId)
            .stream()
            .findFirst();
    }

    private static String context(String incidentId, String evidenceId) {
        return "evidence:" + incidentId + ":" + evidenceId;
    }

}
