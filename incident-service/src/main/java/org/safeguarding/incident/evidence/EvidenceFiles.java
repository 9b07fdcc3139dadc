package org.safeguarding.incident.evidence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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
public class EvidenceFiles {

    /** A file as it was uploaded, decrypted. */
    record EvidenceFile(String fileName, String contentType, byte[] content) {
    }

    /** What the case page lists of a file: never its bytes. */
    public record Listed(String id, String fileName, String contentType, long size, String sha256, Instant addedAt) {
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

    /**
     * The files of an incident, oldest first, for a page that has already checked and
     * logged the reader's sight of the case file.
     */
    public List<Listed> listed(String incidentId) {
        return jdbc.query(
                "select evidence_id, file_name, content_type, size_bytes, sha256, added_at from evidence_file "
                        + "where incident_id = ? order by added_at, evidence_id",
                (row, number) -> new Listed(row.getString(1), row.getString(2), row.getString(3), row.getLong(4),
                        row.getString(5), row.getTimestamp(6).toInstant()),
                incidentId);
    }

    private static String context(String incidentId, String evidenceId) {
        return "evidence:" + incidentId + ":" + evidenceId;
    }

}
