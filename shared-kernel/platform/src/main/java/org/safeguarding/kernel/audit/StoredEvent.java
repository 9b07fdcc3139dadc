package org.safeguarding.kernel.audit;

import java.sql.ResultSet;
import java.sql.SQLException;

/** An event as stored, field for field: what its MAC covers. */
record StoredEvent(String eventIdentifier, String aggregateIdentifier, long sequenceNumber, String type,
        String timestamp, String payloadType, String payloadRevision, byte[] payload, byte[] metaData) {

    static final String COLUMNS = "e.event_identifier, e.aggregate_identifier, e.sequence_number, e.type, "
            + "e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data, e.mac";

    /** Where {@code e.mac} is in a result, after {@link #COLUMNS}' first column. */
    static final int MAC = 9;

    /**
     * The event in the row, read from {@link #COLUMNS} starting at column {@code first}:
     * by position, as looking each column up by name took a sixth of the reading thread.
     */
    static StoredEvent from(ResultSet rs, int first) throws SQLException {
        return new StoredEvent(rs.getString(first), rs.getString(first + 1), rs.getLong(first + 2),
                rs.getString(first + 3), rs.getString(first + 4), rs.getString(first + 5), rs.getString(first + 6),
                rs.getBytes(first + 7), rs.getBytes(first + 8));
    }

    String mac(AuditKeys keys) {
        return keys.mac("event", eventIdentifier, aggregateIdentifier, sequenceNumber, type, timestamp, payloadType,
                payloadRevision, payload, metaData);
    }
}
