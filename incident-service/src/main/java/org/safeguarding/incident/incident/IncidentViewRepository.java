package org.safeguarding.incident.incident;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.PagedResult;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.api.incident.Level;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stored incident views: one JSON document per incident, with the columns that lists and need-to-know
 * filter on beside it.
 */
@Repository
public class IncidentViewRepository {

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;

    public IncidentViewRepository(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    public Optional<IncidentView> find(String id) {
        return jdbc.query("select document from incident_view where id = ?", (rs, row) -> read(rs.getString(1)), id)
                .stream().findFirst();
    }

    public void save(IncidentView view) {
        String document = write(view);
        int updated = jdbc.update("update incident_view set status = ?, level = ?, version = ?, document = ? where id = ?",
                view.status().name(), view.level().name(), view.version(), document, view.id());
        if (updated == 0) {
            jdbc.update("insert into incident_view (id, status, level, form, category, reported_by, e_safety, "
                            + "reported_at, version, document) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    view.id(), view.status().name(), view.level().name(), view.form().name(), view.category().name(),
                    view.reportedBy(), view.isESafetyMatter(), Timestamp.from(view.reportedAt()), view.version(), document);
        }
    }

    public void deleteAll() {
        jdbc.update("delete from incident_view");
    }

    /** The views the reader may see, newest first, filtered by status and level when given. */
    public PagedResult<IncidentView> findVisible(Actor reader, IncidentView.Status status, Level level, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> arguments = new ArrayList<>();
        if (!IncidentAccess.seesEverything(reader)) {
            where.append(" and (reported_by = ?");
            arguments.add(reader.username());
            if (reader.has(Role.COMPUTING_LEAD)) {
                where.append(" or e_safety = true");
            }
            if (reader.has(Role.SLT)) {
                where.append(" or level = 'SLT'");
            }
            where.append(')');
        }
        if (status != null) {
            where.append(" and status = ?");
            arguments.add(status.name());
        }
        if (level != null) {
            where.append(" and level = ?");
            arguments.add(level.name());
        }
        Long total = jdbc.queryForObject("select count(*) from incident_view" + where, Long.class, arguments.toArray());
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(size);
        paged.add((long) page * size);
        List<IncidentView> content = jdbc.query("select document from incident_view" + where
                        + " order by reported_at desc, id limit ? offset ?",
                (rs, row) -> read(rs.getString(1)), paged.toArray());
        return new PagedResult<>(content, page, size, total == null ? 0 : total);
    }

    public List<IncidentView> findAll() {
        return jdbc.query("select document from incident_view order by reported_at", (rs, row) -> read(rs.getString(1)));
    }

    public List<IncidentView> findReportedBetween(java.time.Instant from, java.time.Instant to) {
        return jdbc.query("select document from incident_view where reported_at >= ? and reported_at < ? order by reported_at",
                (rs, row) -> read(rs.getString(1)), Timestamp.from(from), Timestamp.from(to));
    }

    public List<IncidentView> findOpen() {
        return jdbc.query("select document from incident_view where status = 'OPEN' order by reported_at",
                (rs, row) -> read(rs.getString(1)));
    }

    private IncidentView read(String document) {
        try {
            return objectMapper.readValue(document, IncidentView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable incident view", e);
        }
    }

    private String write(IncidentView view) {
        try {
            return objectMapper.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store incident view " + view.id(), e);
        }
    }
}
