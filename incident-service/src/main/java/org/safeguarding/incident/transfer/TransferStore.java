package org.safeguarding.incident.transfer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The files sent (already encrypted to their passphrase, so kept as they are, to be
 * downloaded again) and the transfers imported from other schools, so that none is
 * imported twice, each with the receipt issued for it.
 */
@Component
class TransferStore {

    private final JdbcTemplate jdbc;

    TransferStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void keepFile(String transferId, byte[] file, Instant sentAt) {
        jdbc.update("insert into transfer_file (transfer_id, content, sent_at) values (?, ?, ?)", transferId, file,
                Timestamp.from(sentAt));
    }

    Optional<byte[]> file(String transferId) {
        return jdbc
            .query("select content from transfer_file where transfer_id = ?", (rs, row) -> rs.getBytes(1), transferId)
            .stream()
            .findFirst();
    }

    /** Every transfer sent, newest first. */
    List<String> sent() {
        return jdbc.queryForList("select transfer_id from transfer_file order by sent_at desc, transfer_id",
                String.class);
    }

    boolean imported(String transferId) {
        Integer count = jdbc.queryForObject("select count(*) from transfer_import where transfer_id = ?", Integer.class,
                transferId);
        return count != null && count > 0;
    }

    void recordImport(String transferId, String fromSchool, String importedBy, Instant at, byte[] receipt) {
        jdbc.update("insert into transfer_import (transfer_id, from_school, imported_by, imported_at, receipt) "
                + "values (?, ?, ?, ?, ?)", transferId, fromSchool, importedBy, Timestamp.from(at), receipt);
    }

    /** The receipt document issued when the transfer was imported here. */
    Optional<byte[]> receiptIssued(String transferId) {
        return jdbc
            .query("select receipt from transfer_import where transfer_id = ?", (rs, row) -> rs.getBytes(1), transferId)
            .stream()
            .findFirst();
    }

}
