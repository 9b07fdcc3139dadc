package org.safeguarding.incident.subjectaccess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.safeguarding.kernel.api.incident.DataSubjectKind;
import org.safeguarding.kernel.api.post.DataSubject;
import org.safeguarding.kernel.audit.AuditKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who a request is about and the bundle gathered for it, as they were when it was made,
 * encrypted with the key store's secrets key (AES-GCM) before they reach the database and
 * bound to the request, so that the table gives away no one's identity.
 */
@Component
class SubjectAccessFiles {

    /** What is kept of a request besides its events. */
    record File(DataSubjectKind kind, DataSubject subject, Bundle bundle) {
    }

    private final JdbcTemplate jdbc;

    private final AuditKeys keys;

    private final ObjectMapper json;

    SubjectAccessFiles(JdbcTemplate jdbc, AuditKeys keys, ObjectMapper json) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.json = json;
    }

    void keep(String requestId, File file, Instant at) {
        try {
            jdbc.update("insert into subject_access_file (request_id, content, kept_at) values (?, ?, ?)", requestId,
                    keys.encrypt(context(requestId), json.writeValueAsBytes(file)), Timestamp.from(at));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot write the subject access bundle", e);
        }
    }

    Optional<File> find(String requestId) {
        return jdbc
            .query("select content from subject_access_file where request_id = ?",
                    (row, number) -> read(keys.decrypt(context(requestId), row.getBytes(1))), requestId)
            .stream()
            .findFirst();
    }

    /** The requests whose file was kept before {@code before}, oldest first. */
    List<String> keptBefore(Instant before) {
        return jdbc.queryForList("select request_id from subject_access_file where kept_at < ? order by kept_at",
                String.class, Timestamp.from(before));
    }

    void delete(String requestId) {
        jdbc.update("delete from subject_access_file where request_id = ?", requestId);
    }

    private File read(byte[] content) {
        try {
            return json.readValue(content, File.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read a subject access bundle", e);
        }
    }

    private static String context(String requestId) {
        return "subject-access:" + requestId;
    }

}
