package org.safeguarding.incident.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Channel;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.IncidentReported;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.incident.SubjectKind;

class NeedToKnowColumnsMigrationTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    private final ObjectMapper json = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();

    @Test
    void aViewStoredBeforeTheNeedToKnowColumnsGetsThemFromItsOwnDocument() throws Exception {
        IncidentView view = new IncidentView().apply(new GenericDomainEventMessage<>("Incident", "incident-1", 0,
                new IncidentReported("incident-1", Form.SAFEGUARDING, Category.STAFF_CONDUCT, "Summary", null, NOW,
                        Channel.OFFLINE, null, null, List.of(new Subject(SubjectKind.STAFF, "Mrs Head", "Head")), true,
                        Level.SLT, Role.CHAIR_OF_GOVERNORS, "routing", "teacher", NOW, NOW, NOW)));

        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:need-to-know-migration")) {
            migrate(connection, "V100__incident_projections.sql");
            try (Statement sql = connection.createStatement()) {
                sql.execute("insert into incident_view (id, status, level, form, category, reported_by, e_safety, "
                        + "reported_at, version, document) values ('incident-1', 'OPEN', 'SLT', 'SAFEGUARDING', "
                        + "'STAFF_CONDUCT', 'teacher', false, timestamp '2026-11-18 10:00:00', 0, '"
                        + json.writeValueAsString(view).replace("'", "''") + "')");
            }
            migrate(connection, "V105__need_to_know_columns.sql");

            new NeedToKnowColumnsMigration(json).migrate(context(connection));

            try (Statement sql = connection.createStatement();
                    ResultSet row = sql
                        .executeQuery("select assigned_role, about_adults_conduct, named_adults from incident_view")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("CHAIR_OF_GOVERNORS");
                assertThat(row.getBoolean(2)).isTrue();
                assertThat(row.getString(3)).isEqualTo("[\"head\"]");
            }
        }
    }

    private static void migrate(Connection connection, String script) throws Exception {
        String sql;
        try (var in = NeedToKnowColumnsMigrationTest.class.getResourceAsStream("/db/incident/" + script)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement statement = connection.createStatement()) {
            for (String each : sql.split(";")) {
                if (!each.strip().isEmpty()) {
                    statement.execute(each);
                }
            }
        }
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }

}
