package org.safeguarding.post.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.post.CommentEscalationRequested;

/**
 * Escalations stored before the moderator chose the form, the subjects and the allegation
 * flag still load, through the same upcasting and Jackson deserialisation the event store
 * uses, as orange forms about no one; and a saga stored then still reports one.
 */
class CommentEscalationUpcasterTest {

    private static final Instant RECEIVED_AT = Instant.parse("2026-11-18T19:30:00Z");

    /** A revision-0 payload, as post-service stored it before revision 1. */
    private static final String STORED_AT_REVISION_0 = """
            {"commentId":"comment-1","moderationId":"moderation-1","requestedBy":"computing",
             "category":"UNDERMINING_COMMENT","summary":"Undermines the Year 2 teacher","details":"d",
             "platform":"X","receivedAt":"2026-11-18T19:30:00Z"}""";

    private final ObjectMapper json = JsonMapper.builder()
        .findAndAddModules()
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();

    @Test
    void anEscalationStoredBeforeRevision1LoadsAsAnOrangeFormAboutNoOne() {
        var stored = new GenericDomainEventEntry<>("Comment", "comment-1", 3, "event-1", RECEIVED_AT,
                CommentEscalationRequested.class.getName(), null, STORED_AT_REVISION_0.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));

        List<? extends DomainEventMessage<?>> loaded = EventStreamUtils
            .upcastAndDeserializeDomainEvents(Stream.of(stored), serializer,
                    new EventUpcasterChain(new CommentEscalationUpcaster()))
            .asStream()
            .toList();

        assertThat(loaded).singleElement()
            .extracting(DomainEventMessage::getPayload)
            .isEqualTo(new CommentEscalationRequested("comment-1", "moderation-1", "computing",
                    Category.UNDERMINING_COMMENT, "Undermines the Year 2 teacher", "d", "X", RECEIVED_AT));
    }

    @Test
    void newEscalationsAreStoredAtRevision1() {
        assertThat(serializer.typeForClass(CommentEscalationRequested.class).getRevision())
            .isEqualTo(CommentEscalationRequested.REVISION);
    }

    @Test
    void aSagaStoredBeforeTheChoiceReportsOnTheOrangeFormAboutNoOne() throws Exception {
        IncidentReport before = json.readValue("""
                {"commentId":"comment-1","moderationId":"moderation-1","onBehalfOf":"computing",
                 "category":"UNDERMINING_COMMENT","summary":"s","details":"d","platform":"X",
                 "occurredAt":"2026-11-18T19:30:00Z"}""", IncidentReport.class);

        IncidentReport.Body body = before.body();

        assertThat(body.form()).isEqualTo(Form.E_SAFETY);
        assertThat(body.subjects()).isEmpty();
        assertThat(body.allegationAgainstAdult()).isFalse();
    }

}
