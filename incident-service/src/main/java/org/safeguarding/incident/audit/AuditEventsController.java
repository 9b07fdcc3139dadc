package org.safeguarding.incident.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.common.DateTimeUtils;
import org.safeguarding.incident.incident.IncidentAccess;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.PagedResult;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit/events}: every event in the order it happened, with actor, role, reason and time, for
 * governors (pupils pseudonymised), the DSL and the headteacher. Read straight from the event store, without the
 * events of incidents the reader may not see at all (those that name them), and logged per incident shown.
 */
@RestController
@Validated
class AuditEventsController {

    record AuditEvent(long position, Instant at, String aggregateType, String aggregateId, long sequence, String type,
                      ActorRef actor, String reason, String correlationId, JsonNode payload) {
    }

    /** Who acted; {@code via} names the service that made the request on their behalf, if one did. */
    record ActorRef(String username, String role, String via) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Pseudonymiser pseudonymiser;
    private final AccessLog accessLog;
    private final IncidentAccess access;

    AuditEventsController(JdbcTemplate jdbc, ObjectMapper json, Pseudonymiser pseudonymiser, AccessLog accessLog,
                          IncidentAccess access) {
        this.jdbc = jdbc;
        this.json = json;
        this.pseudonymiser = pseudonymiser;
        this.accessLog = accessLog;
        this.access = access;
    }

    @GetMapping("/api/audit/events")
    @PreAuthorize("hasAnyRole('GOVERNOR', 'DSL', 'HEADTEACHER')")
    PagedResult<AuditEvent> events(@RequestParam(required = false) Instant from,
                                   @RequestParam(required = false) Instant to,
                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                   @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        Actor reader = CurrentActor.require();
        List<Object> arguments = new ArrayList<>(List.of(DateTimeUtils.formatInstant(from == null ? Instant.EPOCH : from),
                DateTimeUtils.formatInstant(to == null ? Instant.parse("9999-12-31T00:00:00Z") : to)));
        String where = " where time_stamp >= ? and time_stamp < ?"
                + withoutIncidents(access.hiddenFromTheAuditTrail(reader), arguments);
        Long total = jdbc.queryForObject("select count(*) from domain_event_entry" + where, Long.class, arguments.toArray());
        arguments.add(size);
        arguments.add((long) page * size);
        List<AuditEvent> events = jdbc.query("select global_index, time_stamp, type, aggregate_identifier, "
                        + "sequence_number, payload_type, payload, meta_data from domain_event_entry" + where
                        + " order by global_index limit ? offset ?",
                (rs, row) -> {
                    JsonNode metaData = read(rs.getBytes("meta_data"));
                    Map<String, ?> entries = json.convertValue(metaData, Map.class);
                    Actor actor = AuditMetaData.actorOf(entries);
                    String payloadType = rs.getString("payload_type");
                    return new AuditEvent(rs.getLong("global_index"), DateTimeUtils.parseInstant(rs.getString("time_stamp")),
                            rs.getString("type"), rs.getString("aggregate_identifier"), rs.getLong("sequence_number"),
                            payloadType.substring(payloadType.lastIndexOf('.') + 1),
                            new ActorRef(actor.username(), actor.role() == null ? null : actor.role().name(),
                                    AuditMetaData.viaOf(entries)),
                            metaData.path(AuditMetaData.REASON).isTextual() ? metaData.get(AuditMetaData.REASON).asText() : null,
                            metaData.path("correlationId").asText(null), read(rs.getBytes("payload")));
                },
                arguments.toArray());
        List<String> incidents = events.stream().filter(event -> "Incident".equals(event.aggregateType()))
                .map(AuditEvent::aggregateId).toList();
        accessLog.record(reader, AccessLog.Action.AUDIT_PAGE, incidents);
        if (!reader.hasAny(Role.DSL, Role.HEADTEACHER)) {
            Pseudonymiser.Pupils pupils = pseudonymiser.pupils();
            events = events.stream().map(event -> new AuditEvent(event.position(), event.at(), event.aggregateType(),
                    event.aggregateId(), event.sequence(), event.type(), event.actor(),
                    event.reason() == null ? null : pupils.apply(event.reason()), event.correlationId(),
                    pupils.apply(event.payload()))).toList();
        }
        return new PagedResult<>(new ArrayList<>(events), page, size, total == null ? 0 : total);
    }

    /** The condition that leaves out these incidents' events, its arguments added; none when nothing is hidden. */
    private static String withoutIncidents(Set<String> hidden, List<Object> arguments) {
        if (hidden.isEmpty()) {
            return "";
        }
        arguments.addAll(hidden);
        return " and aggregate_identifier not in (" + String.join(", ", Collections.nCopies(hidden.size(), "?")) + ")";
    }

    private JsonNode read(byte[] bytes) {
        try {
            return bytes == null ? json.createObjectNode() : json.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable stored event", e);
        }
    }
}
