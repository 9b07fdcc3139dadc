package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.incident.GovernorPseudonymsContract.PupilRegister;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Channel;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.IncidentReported;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.incident.SubjectKind;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The audit page reads events as Axon gives them, upcast to the current revision. An
 * IncidentReported stored at an older revision, when the pupils were under {@code pupils}
 * and each one's name under {@code fullName}, still has its pupil pseudonymised for
 * governors once an upcaster renames the fields: nothing reads stored JSON by field name.
 * Run on H2 and on PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(AuditUpcastingContract.OlderRevisions.class)
abstract class AuditUpcastingContract extends ServiceOverHttp {

    private static final Pattern PSEUDONYM = Pattern.compile("Pupil-[0-9A-F]{10}");

    /** Knows other pupils, not the one reported here: only the event store names her. */
    private static final PupilRegister REGISTER = new PupilRegister();

    private static final SimpleSerializedType OLDER_REVISION = new SimpleSerializedType(
            IncidentReported.class.getName(), "0");

    private static final SimpleSerializedType CURRENT_REVISION = new SimpleSerializedType(
            IncidentReported.class.getName(), null);

    /**
     * How IncidentReported changed after revision 0: {@code pupils} became
     * {@code subjects}, {@code fullName} name.
     */
    @TestConfiguration
    static class OlderRevisions {

        @Bean
        EventUpcaster pupilsBecameSubjects() {
            return new SingleEventUpcaster() {
                @Override
                protected boolean canUpcast(IntermediateEventRepresentation event) {
                    return event.getType().equals(OLDER_REVISION);
                }

                @Override
                protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
                    return event.upcastPayload(CURRENT_REVISION, JsonNode.class,
                            payload -> renamed((ObjectNode) payload, "pupils", "subjects", "fullName", "name"));
                }
            };
        }

    }

    /**
     * The report with its list of pupils, and each pupil's name field, under other names.
     */
    private static ObjectNode renamed(ObjectNode reported, String list, String newList, String name, String newName) {
        reported.set(newList, reported.remove(list));
        reported.get(newList).forEach(pupil -> ((ObjectNode) pupil).set(newName, ((ObjectNode) pupil).remove(name)));
        return reported;
    }

    @DynamicPropertySource
    static void postService(DynamicPropertyRegistry registry) {
        registry.add("safeguarding.post-service.url", REGISTER::url);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    Instant start;

    @BeforeEach
    void setUp() {
        start = Instant.now();
    }

    /**
     * Stores, as a version before the rename did, a report naming Chloe Davies; answers
     * its incident id.
     */
    private String storeAtTheOlderRevision() {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ObjectNode reported = json.valueToTree(new IncidentReported(id, Form.SAFEGUARDING, Category.CYBERBULLYING,
                "Hurtful messages in a group chat", "Chloe Davies was sent hurtful messages", now, Channel.OTHER_ONLINE,
                null, null, List.of(new Subject(SubjectKind.PUPIL, "Chloe Davies", null)), false, Level.DSL, Role.DSL,
                "Safeguarding form: to the DSL", "teacher", now, now.plus(Duration.ofDays(1)), null));
        renamed(reported, "subjects", "pupils", "name", "fullName");
        jdbc.update(
                "insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                        + "time_stamp, payload_type, payload_revision, payload, meta_data) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), id, 0L, "Incident", DateTimeUtils.formatInstant(now),
                OLDER_REVISION.getName(), OLDER_REVISION.getRevision(),
                reported.toString().getBytes(StandardCharsets.UTF_8),
                "{\"actorUsername\":\"teacher\",\"actorRole\":\"STAFF\",\"actorRoles\":\"STAFF\"}"
                    .getBytes(StandardCharsets.UTF_8));
        return id;
    }

    /**
     * The pupils the event store names are a projection: rebuilt, as after an upgrade, it
     * reads the stored event.
     */
    private void rebuildThePupilsOnRecord() {
        assertThat(api.as("admin").post("/api/admin/projections/pupils-on-record/replay").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (JsonNode projection : api.as("admin").get("/api/admin/projections").json()) {
                if (projection.get("name").asText().equals("pupils-on-record")) {
                    return !projection.get("replaying").asBoolean()
                            && projection.get("position").asLong() == projection.get("head").asLong();
                }
            }
            return false;
        });
    }

    private JsonNode auditedPayload(String reader, String incidentId) {
        Api.Response page = api.as(reader).get("/api/audit/events?size=500&from=" + start.minusSeconds(1));
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        for (JsonNode event : page.json().get("content")) {
            if (incidentId.equals(event.get("aggregateId").asText())) {
                return event.get("payload");
            }
        }
        throw new AssertionError("Not on the audit page: " + incidentId);
    }

    @Test
    void aPupilNamedUnderAnOlderFieldNameIsStillPseudonymisedForGovernors() {
        String id = storeAtTheOlderRevision();
        rebuildThePupilsOnRecord();

        JsonNode governors = auditedPayload("governor", id);
        JsonNode dsls = auditedPayload("dsl", id);

        assertThat(governors.toString()).doesNotContainIgnoringCase("davies").doesNotContain("pupils", "fullName");
        String pseudonym = governors.get("subjects").get(0).get("name").asText();
        assertThat(pseudonym).matches(PSEUDONYM);
        assertThat(governors.get("details").asText()).isEqualTo(pseudonym + " was sent hurtful messages");
        assertThat(dsls.get("subjects").get(0).get("name").asText()).isEqualTo("Chloe Davies");
    }

    @Test
    void eachEventOfTheCurrentRevisionIsShownExactlyAsStored() throws IOException {
        Map<String, Object> form = IncidentApiContract.yellowForm("Pupil bullied in a group chat");
        form.put("details", "Amy Brown was sent hurtful messages");
        Api.Response created = api.as("teacher").post("/api/incidents", form);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(api.as("dsl").post("/api/incidents/" + id + "/acknowledgement").status()).isEqualTo(200);

        List<String> shown = new ArrayList<>();
        for (JsonNode event : api.as("dsl")
            .get("/api/audit/events?size=500&from=" + start.minusSeconds(1))
            .json()
            .get("content")) {
            if (id.equals(event.get("aggregateId").asText())) {
                shown.add(event.get("payload").toString());
            }
        }
        // As stored, once its personal fields are opened by the event serializer.
        List<String> stored = jdbc.query(
                "select payload, payload_type, payload_revision from domain_event_entry where aggregate_identifier = ? "
                        + "order by global_index",
                (row, number) -> json
                    .valueToTree(
                            eventSerializer
                                .deserialize(
                                        new SimpleSerializedObject<>(
                                                row.getBytes("payload"), byte[].class,
                                                new SimpleSerializedType(row.getString("payload_type"),
                                                        row.getString("payload_revision")))))
                    .toString(),
                id);

        assertThat(shown).hasSize(2).isEqualTo(stored);
    }

    @Test
    void theProjectionsAMigrationListedWereRebuiltAtStartUp() {
        assertThat(jdbc.queryForObject("select count(*) from projection_rebuild_due", Long.class)).isZero();
    }

}
