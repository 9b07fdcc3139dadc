package org.safeguarding.post.device;

import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;

import org.axonframework.test.matchers.Matchers;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.api.post.EmergencyAccessGranted;
import org.safeguarding.kernel.api.post.EscalateEmergencyAccess;
import org.safeguarding.kernel.api.post.LoginRemovalConfirmed;

class EmergencyAccessFollowUpTest {

    private static final String ID = "device-1";

    private static final Instant FRIDAY_AFTERNOON = Instant.parse("2026-11-20T16:00:00Z");

    private static final Instant END_OF_MONDAY = Instant.parse("2026-11-24T00:00:00Z");

    private static final EmergencyAccessGranted GRANTED = new EmergencyAccessGranted(ID, "account-1", "teacher",
            "Abusive reply naming a pupil", "hash", FRIDAY_AFTERNOON, FRIDAY_AFTERNOON.plus(Duration.ofHours(2)),
            END_OF_MONDAY);

    private static final String REASON = "Nobody confirmed by Tuesday 24 November 2026 00:00 (Europe/London) that the"
            + " account's login was removed from the personal device";

    private SagaTestFixture<EmergencyAccessFollowUp> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(EmergencyAccessFollowUp.class);
        fixture.givenCurrentTime(FRIDAY_AFTERNOON);
    }

    @Test
    void givenNothing_whenEmergencyAccessGranted_thenRemovalDeadlineScheduledForTheEndOfTheNextWorkingDay() {
        fixture.givenNoPriorActivity()
            .whenPublishingA(GRANTED)
            .expectActiveSagas(1)
            .expectScheduledDeadlineWithName(END_OF_MONDAY, EmergencyAccessFollowUp.REMOVAL_DEADLINE)
            .expectNoDispatchedCommands();
    }

    @Test
    void givenGranted_whenRemovalConfirmed_thenDeadlineCancelledAndFollowUpEnds() {
        fixture.givenAPublished(GRANTED)
            .whenPublishingA(new LoginRemovalConfirmed(ID, "account-1", "teacher", FRIDAY_AFTERNOON))
            .expectActiveSagas(0)
            .expectNoScheduledDeadlines();
    }

    @Test
    void givenGranted_whenNobodyConfirmsByTheDeadline_thenEscalatedToTheHeadteacher() {
        fixture.givenAPublished(GRANTED)
            .whenTimeAdvancesTo(END_OF_MONDAY.plusSeconds(1))
            .expectDeadlinesMet(new RemovalDue(ID, END_OF_MONDAY))
            .expectDispatchedCommandsMatching(Matchers.exactSequenceOf(
                    Matchers.messageWithPayload(equalTo(new EscalateEmergencyAccess(ID, REASON))),
                    Matchers.andNoMore()))
            .expectActiveSagas(0);
    }

}
