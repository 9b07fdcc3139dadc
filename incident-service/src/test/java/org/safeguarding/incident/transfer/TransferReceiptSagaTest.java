package org.safeguarding.incident.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.test.matchers.Matchers;
import org.axonframework.test.saga.SagaTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.api.incident.EscalateUnconfirmedTransfer;
import org.safeguarding.kernel.api.incident.FileTransferred;
import org.safeguarding.kernel.api.incident.TransferDeadlineReinstated;
import org.safeguarding.kernel.api.incident.TransferReceiptRecorded;
import org.safeguarding.kernel.audit.AuditMetaData;

class TransferReceiptSagaTest {

    private static final String ID = "transfer-1";

    /** A Wednesday; the receipt is due the next Wednesday. */
    private static final Instant SENT = Instant.parse("2026-11-18T10:00:00Z");

    private static final Instant DUE = Instant.parse("2026-11-25T10:00:00Z");

    private SagaTestFixture<TransferReceiptSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(TransferReceiptSaga.class);
        fixture.givenCurrentTime(SENT);
    }

    private static FileTransferred transferred() {
        return new FileTransferred(ID, "P-17", "Oak Primary", "Elm Academy", "Ms Elm", List.of("incident-1"),
                "ab".repeat(32), "dsl", SENT, DUE);
    }

    @Test
    void givenNothing_whenFileTransferred_thenReceiptDeadlineScheduledFiveSchoolDaysLater() {
        fixture.givenNoPriorActivity()
            .whenPublishingA(transferred())
            .expectActiveSagas(1)
            .expectScheduledDeadlineWithName(DUE, TransferReceiptSaga.RECEIPT_DEADLINE)
            .expectNoDispatchedCommands();
    }

    @Test
    void givenTransferred_whenNoReceiptByTheDeadline_thenEscalatedToTheHeadteacherAsTheSystem() {
        fixture.givenAPublished(transferred())
            .whenTimeElapses(Duration.between(SENT, DUE).plusSeconds(1))
            .expectDeadlinesMet(new ReceiptDue(ID, "Elm Academy", DUE))
            .expectDispatchedCommandsMatching(Matchers.exactSequenceOf(systemEscalation(), Matchers.andNoMore()))
            .expectActiveSagas(0);
    }

    @Test
    void givenTransferred_whenReceiptRecorded_thenDeadlineCancelledAndNothingHappensLater() {
        fixture.givenAPublished(transferred())
            .andThenAPublished(
                    new TransferReceiptRecorded(ID, "Elm Academy", "elmdsl", SENT, 1, SENT.plusSeconds(60), true))
            .whenTimeElapses(Duration.between(SENT, DUE).plusSeconds(1))
            .expectNoScheduledDeadlines()
            .expectNoDispatchedCommands()
            .expectActiveSagas(0);
    }

    @Test
    void givenNothing_whenDeadlineReinstated_thenTheSagaStartsAgainWithTheDeadline() {
        fixture.givenNoPriorActivity()
            .whenPublishingA(new TransferDeadlineReinstated(ID, "Elm Academy", DUE))
            .expectActiveSagas(1)
            .expectScheduledDeadlineWithName(DUE, TransferReceiptSaga.RECEIPT_DEADLINE);
    }

    @Test
    void theSagaKeepsItsStateThroughJacksonSerialization() throws Exception {
        var mapper = new ObjectMapper();
        String stored = "{\"transferId\":\"transfer-1\",\"receiptDeadlineId\":\"d-1\"}";
        TransferReceiptSaga saga = mapper.readValue(stored, TransferReceiptSaga.class);
        assertThat(mapper.writeValueAsString(saga)).isEqualTo(stored);
    }

    private static Matcher<CommandMessage<?>> systemEscalation() {
        String reason = "No receipt from Elm Academy by Wednesday 25 November 2026 10:00 (Europe/London), five "
                + "school days after the file was sent; escalated to the headteacher";
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandMessage<?> message) {
                return message.getPayload().equals(new EscalateUnconfirmedTransfer(ID, DUE, reason))
                        && AuditMetaData.actorOf(message.getMetaData()).equals(Actor.SYSTEM)
                        && reason.equals(AuditMetaData.reasonOf(message.getMetaData()));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("EscalateUnconfirmedTransfer sent as the system because: " + reason);
            }
        };
    }

}
