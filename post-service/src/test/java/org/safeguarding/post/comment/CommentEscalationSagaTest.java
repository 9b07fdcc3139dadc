package org.safeguarding.post.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.test.matchers.Matchers;
import org.axonframework.test.saga.SagaTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.post.CommentEscalated;
import org.safeguarding.kernel.api.post.CommentEscalationRequested;
import org.safeguarding.kernel.api.post.RecordCommentEscalation;
import org.safeguarding.kernel.api.post.RecordCommentEscalationFailure;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.kernel.servicecall.ServiceCall;
import org.safeguarding.kernel.servicecall.ServiceClient;
import org.safeguarding.kernel.servicecall.ServiceEndpoint;
import org.springframework.web.client.RestClient;

class CommentEscalationSagaTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    private static final CommentEscalationRequested REQUESTED = new CommentEscalationRequested("comment-1",
            "moderation-1", "computing", Category.CYBERBULLYING, "Reply bullying a pupil", "details", "X",
            NOW.minusSeconds(3600));

    private final ScriptedIncidentService incidentService = new ScriptedIncidentService();

    private SagaTestFixture<CommentEscalationSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(CommentEscalationSaga.class);
        fixture.registerResource(incidentService);
        fixture.givenCurrentTime(NOW);
    }

    @Test
    void givenNothing_whenEscalationRequested_thenIncidentReportedAsTheModeratorAndRecordedOnTheComment() {
        incidentService.answers("incident-7");
        fixture.givenNoPriorActivity()
            .whenPublishingA(REQUESTED)
            .expectDispatchedCommandsMatching(Matchers.exactSequenceOf(
                    asSystem(new RecordCommentEscalation("comment-1", "moderation-1", "incident-7")),
                    Matchers.andNoMore()))
            .expectNoScheduledDeadlines();
        assertThat(incidentService.calls).singleElement().satisfies(call -> {
            assertThat(call.path()).isEqualTo("/api/incidents");
            assertThat(call.forPerson()).isEqualTo("computing");
            assertThat(call.idempotencyKey()).isEqualTo("comment-comment-1-moderation-moderation-1");
        });
    }

    @Test
    void givenNothing_whenAMissedResponseIsEscalatedOnTheYellowForm_thenItIsReportedSoToGoToTheDsl() {
        incidentService.answers("incident-8");
        fixture.givenNoPriorActivity()
            .whenPublishingA(new CommentEscalationRequested("comment-1", Comment.MISSED_RESPONSE, "dsl", Category.OTHER,
                    "No response within 24 hours", "details", "X", NOW.minusSeconds(90_000), Form.SAFEGUARDING,
                    List.of(), false))
            .expectDispatchedCommandsMatching(Matchers.exactSequenceOf(
                    asSystem(new RecordCommentEscalation("comment-1", Comment.MISSED_RESPONSE, "incident-8")),
                    Matchers.andNoMore()));
        assertThat(incidentService.calls).singleElement().satisfies(call -> {
            assertThat(call.forPerson()).isEqualTo("dsl");
            assertThat(((IncidentReport.Body) call.body()).form()).isEqualTo(Form.SAFEGUARDING);
            assertThat(call.idempotencyKey()).isEqualTo("comment-comment-1-moderation-missed-response");
        });
    }

    @Test
    void givenIncidentServiceUnreachable_whenEscalationRequested_thenARetryIsScheduled() {
        incidentService.isDown();
        fixture.givenNoPriorActivity()
            .whenPublishingA(REQUESTED)
            .expectNoDispatchedCommands()
            .expectScheduledDeadlineWithName(Duration.ofSeconds(30), CommentEscalationSaga.RETRY_DEADLINE)
            .expectActiveSagas(1);
    }

    @Test
    void givenAFailedAttempt_whenTheRetryIsDueAndIncidentServiceIsBack_thenTheIncidentIsRecorded() {
        incidentService.isDown();
        incidentService.answers("incident-8");
        fixture.givenAPublished(REQUESTED)
            .whenTimeElapses(Duration.ofSeconds(31))
            .expectDeadlinesMet(new EscalationRetryDue())
            .expectDispatchedCommandsMatching(Matchers.exactSequenceOf(
                    asSystem(new RecordCommentEscalation("comment-1", "moderation-1", "incident-8")),
                    Matchers.andNoMore()));
        assertThat(incidentService.calls).hasSize(2)
            .extracting(ServiceCall::idempotencyKey)
            .containsOnly("comment-comment-1-moderation-moderation-1");
    }

    @Test
    void givenTwoFailedAttempts_whenStillDown_thenTheWaitDoubles() {
        incidentService.isDown();
        incidentService.isDown();
        fixture.givenAPublished(REQUESTED)
            .whenTimeElapses(Duration.ofSeconds(30))
            .expectScheduledDeadlineWithName(Duration.ofSeconds(60), CommentEscalationSaga.RETRY_DEADLINE);
    }

    @Test
    void givenNothing_whenIncidentServiceRefusesTheReport_thenTheFailureIsRecorded() {
        incidentService.refuses("incident-service refused the report (422): summary too long");
        fixture.givenNoPriorActivity()
            .whenPublishingA(REQUESTED)
            .expectDispatchedCommandsMatching(
                    Matchers.exactSequenceOf(
                            asSystem(new RecordCommentEscalationFailure("comment-1", "moderation-1",
                                    "incident-service refused the report (422): summary too long")),
                            Matchers.andNoMore()))
            .expectNoScheduledDeadlines();
    }

    @Test
    void givenRecorded_whenCommentEscalated_thenTheSagaEnds() {
        incidentService.answers("incident-7");
        fixture.givenAPublished(REQUESTED)
            .whenPublishingA(new CommentEscalated("comment-1", "moderation-1", "incident-7"))
            .expectActiveSagas(0);
    }

    @Test
    void theSagaKeepsItsStateThroughJacksonSerialization() throws Exception {
        var mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        String stored = "{\"report\":{\"commentId\":\"comment-1\",\"moderationId\":\"m-1\",\"onBehalfOf\":\"dsl\","
                + "\"category\":\"CYBERBULLYING\",\"summary\":\"s\",\"details\":\"d\",\"platform\":\"X\","
                + "\"occurredAt\":1795000000.000000000},\"attempts\":2,\"retryDeadlineId\":\"d-1\"}";

        CommentEscalationSaga reloaded = mapper.readValue(stored, CommentEscalationSaga.class);

        assertThat(mapper.readTree(mapper.writeValueAsString(reloaded))).isEqualTo(mapper.readTree(stored));
    }

    private static Matcher<CommandMessage<?>> asSystem(Object payload) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandMessage<?> message) {
                return message.getPayload().equals(payload)
                        && AuditMetaData.actorOf(message.getMetaData()).equals(Actor.SYSTEM);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(payload + " sent as the system");
            }
        };
    }

    /**
     * incident-service as a script: each attempt takes the next answer (an incident id,
     * down, or a refusal).
     */
    private static final class ScriptedIncidentService extends ServiceClient {

        private final Deque<String> script = new ArrayDeque<>();

        private final List<ServiceCall> calls = new ArrayList<>();

        ScriptedIncidentService() {
            super("incident-service", new ServiceEndpoint("http://localhost:1", "post-service", "demo",
                    Duration.ofSeconds(30), Duration.ofHours(1)), RestClient.builder());
        }

        void answers(String incidentId) {
            script.add("id:" + incidentId);
        }

        void isDown() {
            script.add("down");
        }

        void refuses(String why) {
            script.add("refused:" + why);
        }

        @Override
        public <T> T send(ServiceCall call, Class<T> answer) {
            calls.add(call);
            String next = script.remove();
            if (next.equals("down")) {
                throw new Unavailable("incident-service cannot be reached", null);
            }
            if (next.startsWith("refused:")) {
                throw new Refused(next.substring("refused:".length()));
            }
            return answer.cast(JsonNodeFactory.instance.objectNode().put("id", next.substring("id:".length())));
        }

    }

}
