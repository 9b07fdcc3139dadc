package org.safeguarding.incident.incident;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.api.migration.Context;
import org.safeguarding.kernel.migration.ServiceMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 106: fills the need-to-know columns that V105 added, for the views stored
 * before them, from each view's own document. Until it has run nobody reads incidents, so
 * no view is ever listed to an adult it names.
 */
@Component
class NeedToKnowColumnsMigration extends ServiceMigration {

    private final ObjectMapper objectMapper;

    NeedToKnowColumnsMigration(ObjectMapper objectMapper) {
        super("106", "need to know columns filled from the stored views");
        this.objectMapper = objectMapper;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
                ResultSet views = select.executeQuery("select document from incident_view");
                PreparedStatement update = connection.prepareStatement(
                        "update incident_view set assigned_role = ?, about_adults_conduct = ?, named_adults = ?"
                                + " where id = ?")) {
            while (views.next()) {
                AccessFacts facts = objectMapper.readValue(views.getString(1), IncidentView.class).accessFacts();
                update.setString(1, facts.assignedRole().name());
                update.setBoolean(2, facts.aboutAnAdultsConduct());
                update.setString(3, IncidentViewRepository.namedAdultsColumn(objectMapper, facts));
                update.setString(4, facts.incidentId());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

}
