package org.safeguarding.incident.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.api.incident.IncidentReported;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.incident.SubjectKind;

/**
 * The date of birth is an optional part of a subject: an event stored before it existed
 * loads with none, and one stored with it keeps it, through the event serializer.
 */
class SubjectDateOfBirthTest {

    /** An IncidentReported as the store held it before subjects had a date of birth. */
    private static final String STORED_BEFORE = """
            {"incidentId":"incident-1","form":"SAFEGUARDING","category":"CYBERBULLYING","summary":"Summary",
             "details":"Details","occurredAt":"2026-11-18T08:30:00Z","channel":"OTHER_ONLINE","platform":"WhatsApp",
             "contentRef":null,"subjects":[{"kind":"PUPIL","name":"Amy Brown","ref":"P-17"}],
             "allegationAgainstAdult":false,"level":"DSL","assignedRole":"DSL","routing":"Yellow form",
             "reportedBy":"teacher","reportedAt":"2026-11-18T10:00:00Z","acknowledgeBy":"2026-11-19T10:00:00Z",
             "ladoDecisionDue":null}
            """;

    private final JacksonSerializer serializer = JacksonSerializer.builder()
        .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
        .build();

    @Test
    void anEventStoredBeforeDatesOfBirthLoadsWithNone() {
        IncidentReported reported = serializer.deserialize(
                new SimpleSerializedObject<>(STORED_BEFORE, String.class, IncidentReported.class.getName(), null));

        assertThat(reported.subjects()).containsExactly(new Subject(SubjectKind.PUPIL, "Amy Brown", "P-17", null));
    }

    @Test
    void aDateOfBirthIsStoredAsADayAndLoadsBack() {
        Subject amy = new Subject(SubjectKind.PUPIL, "Amy Brown", "P-17", LocalDate.parse("2014-05-02"));

        SerializedObject<String> stored = serializer.serialize(amy, String.class);

        assertThat(stored.getData()).contains("\"dateOfBirth\":\"2014-05-02\"");
        assertThat((Subject) serializer.deserialize(stored)).isEqualTo(amy);
    }

}
