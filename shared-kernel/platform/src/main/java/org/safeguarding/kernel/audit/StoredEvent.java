package org.safeguarding.kernel.audit;

import java.sql.ResultSet;
import java.sql.SQLException;

/** An event as stored, field for field: what its MAC covers. */
record StoredEvent(String eventIdentifier, String aggregateIdentifier, long sequenceNumber, String type,
        String timestamp, String payloadType, String payloadRevision, byte[] payload, byte[] metaData) {

    static final String COLUMNS = "e.event_identifier, e.aggregate_identifier, e.sequence_number, e.type, "
            + "e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data, e.mac";

    static StoredEvent from(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getString("event_identifier"), rs.getString("aggregate_identifier"),
                rs.getLong("sequence_number"), rs.getString("type"), rs.getString("time_stamp"),
                rs.getString("payload_type"), rs.getString("payload_revision"), rs.getBytes("payload"),
                rs.getBytes("meta_data"));
    }

    String mac(AuditKeys keys) {
        return keys.mac("event", eventIdentifier, aggregateIdentifier, sequenceNumber, type, timestamp, payloadType,
                payloadRevision, payload, metaData);
    }
}
