package org.safeguarding.incident.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.projection.ViewStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stored incident views: one JSON document per incident, with the columns that lists
 * filter on and the {@link AccessFacts} that need to know decides on beside it.
 */
@Repository
class IncidentViewRepository extends ViewStore<IncidentView> {

    private final ObjectMapper objectMapper;

    IncidentViewRepository(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        super(jdbc, objectMapper, "incident_view", IncidentView.class, IncidentView::id, IncidentView::version,
                List.of(column("status", IncidentView::status), column("level", IncidentView::level),
                        column("form", IncidentView::form), column("category", IncidentView::category),
                        column("reported_by", IncidentView::reportedBy),
                        column("reported_at", IncidentView::reportedAt),
                        column("e_safety", view -> view.accessFacts().eSafetyMatter()),
                        column("assigned_role", view -> view.accessFacts().assignedRole()),
                        column("about_adults_conduct", view -> view.accessFacts().aboutAnAdultsConduct()),
                        column("named_adults", view -> namedAdultsColumn(objectMapper, view.accessFacts()))));
        this.objectMapper = objectMapper;
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
        return accessFactsWhere(where.toString(), arguments.toArray());
    }

    /** The access facts of every incident this person reported, newest first. */
    List<AccessFacts> findAccessFactsReportedBy(String username) {
        return accessFactsWhere(" where reported_by = ?", username);
    }

    private List<AccessFacts> accessFactsWhere(String where, Object... arguments) {
        return jdbc().query(
                "select id, reported_by, level, assigned_role, e_safety, about_adults_conduct, named_adults "
                        + "from incident_view" + where + " order by reported_at desc, id",
                this::accessFacts, arguments);
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

    List<IncidentView> findAll() {
        return documents("order by reported_at");
    }

    List<IncidentView> findReportedBetween(Instant from, Instant to) {
        return documents("where reported_at >= ? and reported_at < ? order by reported_at", Timestamp.from(from),
                Timestamp.from(to));
    }

    List<IncidentView> findOpen() {
        return documents("where status = 'OPEN' order by reported_at");
    }

}
