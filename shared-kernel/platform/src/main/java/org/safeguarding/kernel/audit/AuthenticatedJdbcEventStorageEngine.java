package org.safeguarding.kernel.audit;

import static org.axonframework.common.DateTimeUtils.formatInstant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC storage engine, storing with every event a MAC over everything that
 * identifies and describes it, so that a row inserted or changed without the key is
 * found. Appends are not serialised: ordering is proven later by the chain, built behind
 * the store.
 */
class AuthenticatedJdbcEventStorageEngine extends JdbcEventStorageEngine {

    private final EventSchema schema;

    private final AuditKeys keys;

    AuthenticatedJdbcEventStorageEngine(Builder builder, EventSchema schema, AuditKeys keys) {
        super(builder);
        this.schema = schema;
        this.keys = keys;
    }

    @Override
    protected PreparedStatement appendEvents(Connection connection, List<? extends EventMessage<?>> events,
            Serializer serializer) throws SQLException {
        PreparedStatement statement = connection.prepareStatement("insert into " + schema.domainEventTable() + " ("
                + schema.domainEventFields() + ", mac) values (?,?,?,?,?,?,?,?,?,?)");
        for (EventMessage<?> message : events) {
            DomainEventMessage<?> event = EventUtils.asDomainEventMessage(message);
            SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
            SerializedObject<byte[]> metaData = event.serializeMetaData(serializer, byte[].class);
            StoredEvent stored = new StoredEvent(event.getIdentifier(), event.getAggregateIdentifier(),
                    event.getSequenceNumber(), event.getType(), formatInstant(event.getTimestamp()),
                    payload.getType().getName(), payload.getType().getRevision(), payload.getData(),
                    metaData.getData());
            statement.setString(1, stored.eventIdentifier());
            statement.setString(2, stored.aggregateIdentifier());
            statement.setLong(3, stored.sequenceNumber());
            statement.setString(4, stored.type());
            statement.setString(5, stored.timestamp());
            statement.setString(6, stored.payloadType());
            statement.setString(7, stored.payloadRevision());
            statement.setBytes(8, stored.payload());
            statement.setBytes(9, stored.metaData());
            statement.setString(10, stored.mac(keys));
            statement.addBatch();
        }
        return statement;
    }

}
