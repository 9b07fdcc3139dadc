package org.safeguarding.incident.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.api.incident.Level;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stored incident views: one JSON document per incident, with the columns that lists
 * filter on and the {@link AccessFacts} that need to know decides on beside it.
 */
@Repository
class IncidentViewRepository {

    private final JdbcTemplate jdbc;

    private final ObjectMapper objectMapper;

    IncidentViewRepository(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    Optional<IncidentView> find(String id) {
        return jdbc.query("select document from incident_view where id = ?", (rs, row) -> read(rs.getString(1)), id)
            .stream()
            .findFirst();
    }

    void save(IncidentView view) {
        String document = write(view);
        AccessFacts facts = view.accessFacts();
        int updated = jdbc.update(
                "update incident_view set status = ?, level = ?, e_safety = ?, assigned_role = ?, "
                        + "about_adults_conduct = ?, named_adults = ?, version = ?, document = ? where id = ?",
                view.status().name(), view.level().name(), facts.eSafetyMatter(), facts.assignedRole().name(),
                facts.aboutAnAdultsConduct(), namedAdultsColumn(objectMapper, facts), view.version(), document,
                view.id());
        if (updated == 0) {
            jdbc.update(
                    "insert into incident_view (id, status, level, form, category, reported_by, e_safety, "
                            + "assigned_role, about_adults_conduct, named_adults, reported_at, version, document) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    view.id(), view.status().name(), view.level().name(), view.form().name(), view.category().name(),
                    view.reportedBy(), facts.eSafetyMatter(), facts.assignedRole().name(), facts.aboutAnAdultsConduct(),
                    namedAdultsColumn(objectMapper, facts), Timestamp.from(view.reportedAt()), view.version(),
                    document);
        }
    }

    /**
     * The column that holds the named adults: a JSON array, which no username can break.
     */
    static String namedAdultsColumn(ObjectMapper json, AccessFacts facts) {
        try {
            return json.writeValueAsString(facts.namedAdults().stream().sorted().toList());
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the named adults of incident " + facts.incidentId(), e);
        }
    }

    void deleteAll() {
        jdbc.update("delete from incident_view");
    }

    /**
     * The access facts of every incident with that status and level (when given), newest
     * first.
     */
    List<AccessFacts> findAccessFacts(IncidentView.Status status, Level level) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> arguments = new ArrayList<>();
        if (status != null) {
            where.append(" and status = ?");
            arguments.add(status.name());
        }
        if (level != null) {
            where.append(" and level = ?");
            arguments.add(level.name());
        }
        return jdbc.query(
                "select id, reported_by, level, assigned_role, e_safety, about_adults_conduct, named_adults "
                        + "from incident_view" + where + " order by reported_at desc, id",
                this::accessFacts, arguments.toArray());
    }

    private AccessFacts accessFacts(ResultSet rs, int row) throws SQLException {
        Set<String> named;
        try {
            named = Set.copyOf(objectMapper.readValue(rs.getString(7), new TypeReference<List<String>>() {
            }));
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable named adults of incident " + rs.getString(1), e);
        }
        return new AccessFacts(rs.getString(1), rs.getString(2), Level.valueOf(rs.getString(3)),
                Role.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getBoolean(6), named);
    }

    /** The views of these incidents, in the order given. */
    List<IncidentView> findAll(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var found = new NamedParameterJdbcTemplate(jdbc).query("select document from incident_view where id in (:ids)",
                Map.of("ids", ids), (rs, row) -> read(rs.getString(1)));
        Map<String, IncidentView> byId = found.stream()
            .collect(Collectors.toMap(IncidentView::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    List<IncidentView> findAll() {
        return jdbc.query("select document from incident_view order by reported_at",
                (rs, row) -> read(rs.getString(1)));
    }

    List<IncidentView> findReportedBetween(Instant from, Instant to) {
        return jdbc.query(
                "select document from incident_view where reported_at >= ? and reported_at < ? order by reported_at",
                (rs, row) -> read(rs.getString(1)), Timestamp.from(from), Timestamp.from(to));
    }

    List<IncidentView> findOpen() {
        return jdbc.query("select document from incident_view where status = 'OPEN' order by reported_at",
                (rs, row) -> read(rs.getString(1)));
    }

    private IncidentView read(String document) {
        try {
            return objectMapper.readValue(document, IncidentView.class);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable incident view", e);
        }
    }

    private String write(IncidentView view) {
        try {
            return objectMapper.writeValueAsString(view);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store incident view " + view.id(), e);
        }
    }

}
