package org.safeguarding.incident.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.safeguarding.incident.incident.AccessLog;
import org.safeguarding.incident.incident.IncidentAccess;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.PagedResult;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit page: every event in the order it happened, without the events of incidents
 * the reader may not see at all (those that name them), each incident shown logged,
 * pupils pseudonymised for anyone but the DSL and the headteacher. Which events are on a
 * page is decided on the event table's own columns (position, time, aggregate); what they
 * say is read through Axon's storage engine and serializer, so an event stored at an
 * older revision is shown, and pseudonymised, as its upcasters make it today.
 */
@Component
class AuditTrail {

    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    private static final String INCIDENT_AGGREGATE = "Incident";

    private static final String CORRELATION_ID = "correlationId";

    private final JdbcTemplate jdbc;

    private final EventStorageEngine storage;

    private final ObjectMapper json;

    private final Pseudonymiser pseudonymiser;

    private final AccessLog accessLog;

    private final IncidentAccess access;

    AuditTrail(JdbcTemplate jdbc, EventStorageEngine storage, ObjectMapper json, Pseudonymiser pseudonymiser,
            AccessLog accessLog, IncidentAccess access) {
        this.jdbc = jdbc;
        this.storage = storage;
        this.json = json;
        this.pseudonymiser = pseudonymiser;
        this.accessLog = accessLog;
        this.access = access;
    }

    /**
     * The events stored from {@code from} (or the start) until {@code to} (or now), one
     * page of them.
     */
    PagedResult<AuditEvent> page(Actor reader, Instant from, Instant to, int page, int size) {
        List<Object> arguments = new ArrayList<>(
                List.of(DateTimeUtils.formatInstant(from == null ? Instant.EPOCH : from),
                        DateTimeUtils.formatInstant(to == null ? END_OF_TIME : to)));
        String where = " where time_stamp >= ? and time_stamp < ?"
                + withoutIncidents(access.hiddenFromTheAuditTrail(reader), arguments);
        Long total = jdbc.queryForObject("select count(*) from domain_event_entry" + where, Long.class,
                arguments.toArray());
        arguments.add(size);
        arguments.add((long) page * size);
        List<Long> positions = jdbc.queryForList(
                "select global_index from domain_event_entry" + where + " order by global_index limit ? offset ?",
                Long.class, arguments.toArray());
        List<AuditEvent> events = eventsAt(positions);
        accessLog.record(reader, AccessLog.Action.AUDIT_PAGE,
                events.stream()
                    .filter(event -> INCIDENT_AGGREGATE.equals(event.aggregateType()))
                    .map(AuditEvent::aggregateId)
                    .toList());
        if (!reader.hasAny(Role.DSL, Role.HEADTEACHER)) {
            Pseudonymiser.Pupils pupils = pseudonymiser.pupils();
            events = events.stream()
                .map(event -> new AuditEvent(event.position(), event.at(), event.aggregateType(), event.aggregateId(),
                        event.sequence(), event.type(), event.actor(),
                        event.reason() == null ? null : pupils.apply(event.reason()), event.correlationId(),
                        pupils.apply(event.payload())))
                .toList();
        }
        return new PagedResult<>(new ArrayList<>(events), page, size, total == null ? 0 : total);
    }

    /**
     * The condition that leaves out these incidents' events, its arguments added; none
     * when nothing is hidden.
     */
    private static String withoutIncidents(Set<String> hidden, List<Object> arguments) {
        if (hidden.isEmpty()) {
            return "";
        }
        arguments.addAll(hidden);
        return " and aggregate_identifier not in (" + String.join(", ", Collections.nCopies(hidden.size(), "?")) + ")";
    }

    /**
     * The events at these positions (ascending), read from the first of them up to the
     * last.
     */
    private List<AuditEvent> eventsAt(List<Long> positions) {
        if (positions.isEmpty()) {
            return List.of();
        }
        Set<Long> wanted = new HashSet<>(positions);
        long last = positions.get(positions.size() - 1);
        var justBefore = GapAwareTrackingToken.newInstance(positions.get(0) - 1, Collections.emptySortedSet());
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(justBefore, false)) {
            return events.takeWhile(event -> position(event) <= last)
                .filter(event -> wanted.contains(position(event)))
                .map(this::auditEvent)
                .toList();
        }
    }

    private AuditEvent auditEvent(TrackedEventMessage<?> event) {
        MetaData metaData = event.getMetaData();
        Actor actor = AuditMetaData.actorOf(metaData);
        var ofAggregate = event instanceof DomainEventMessage<?> domainEvent ? domainEvent : null;
        String payloadType = event.getPayloadType().getName();
        return new AuditEvent(position(event), event.getTimestamp(), ofAggregate == null ? null : ofAggregate.getType(),
                ofAggregate == null ? event.getIdentifier() : ofAggregate.getAggregateIdentifier(),
                ofAggregate == null ? 0 : ofAggregate.getSequenceNumber(),
                payloadType.substring(payloadType.lastIndexOf('.') + 1),
                new AuditEvent.ActorRef(actor.username(), actor.role() == null ? null : actor.role().name(),
                        AuditMetaData.viaOf(metaData)),
                AuditMetaData.reasonOf(metaData),
                metaData.get(CORRELATION_ID) instanceof String correlationId ? correlationId : null,
                json.valueToTree(event.getPayload()));
    }

    private static long position(TrackedEventMessage<?> event) {
        return event.trackingToken().position().orElseThrow();
    }

}
