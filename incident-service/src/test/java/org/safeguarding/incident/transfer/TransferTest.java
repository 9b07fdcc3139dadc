package org.safeguarding.incident.transfer;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.incident.EscalateUnconfirmedTransfer;
import org.safeguarding.kernel.api.incident.FileTransferred;
import org.safeguarding.kernel.api.incident.RecordTransferReceipt;
import org.safeguarding.kernel.api.incident.ReinstateTransferDeadline;
import org.safeguarding.kernel.api.incident.TransferDeadlineReinstated;
import org.safeguarding.kernel.api.incident.TransferFile;
import org.safeguarding.kernel.api.incident.TransferReceiptOverdue;
import org.safeguarding.kernel.api.incident.TransferReceiptRecorded;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.kernel.calendar.WorkingCalendar;

class TransferTest {

    private static final String ID = "transfer-1";

    /** A Wednesday: five school days later is the next Wednesday, at the same time. */
    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    private static final Instant FIVE_SCHOOL_DAYS_LATER = Instant.parse("2026-11-25T10:00:00Z");

    private static final Actor DSL = Actor.of("dsl", Role.STAFF, Role.DSL);

    private static final Actor HEAD = Actor.of("head", Role.STAFF, Role.SLT, Role.HEADTEACHER);

    private static final String SHA = "ab".repeat(32);

    private FixtureConfiguration<Transfer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Transfer.class);
        var calendar = new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());
        fixture.registerInjectableResource(new TransferTimetable(calendar, Clock.fixed(NOW, ZoneOffset.UTC),
                new TransferProperties(Duration.ofDays(5), Map.of())));
    }

    private static TransferFile transferFile() {
        return new TransferFile(ID, "P-17", "Oak Primary", "Elm Academy", "Ms Elm", List.of("incident-1"), SHA);
    }

    private static FileTransferred transferred() {
        return new FileTransferred(ID, "P-17", "Oak Primary", "Elm Academy", "Ms Elm", List.of("incident-1"), SHA,
                "dsl", NOW, FIVE_SCHOOL_DAYS_LATER);
    }

    @Test
    void givenNothing_whenDslTransfersFile_thenFileTransferredWithReceiptDueInFiveSchoolDays() {
        fixture.givenNoPriorActivity().when(transferFile(), AuditMetaData.of(DSL)).expectEvents(transferred());
    }

    @Test
    void givenNothing_whenHeadteacherTransfersFile_thenRefused() {
        fixture.givenNoPriorActivity()
            .when(transferFile(), AuditMetaData.of(HEAD))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("Only the DSL sends a child-protection file to another school");
    }

    @Test
    void givenNothing_whenFileWithoutIncidentsTransferred_thenRefused() {
        fixture.givenNoPriorActivity()
            .when(new TransferFile(ID, "P-17", "Oak Primary", "Elm Academy", "Ms Elm", List.of(), SHA),
                    AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("There is nothing to transfer");
    }

    @Test
    void givenTransferred_whenReceiptRecorded_thenReceiptRecordedWithinDeadline() {
        Instant receivedAt = Instant.parse("2026-11-19T09:00:00Z");
        fixture.given(transferred())
            .when(new RecordTransferReceipt(ID, "Elm Academy", "elmdsl", receivedAt, 1), AuditMetaData.of(DSL))
            .expectEvents(new TransferReceiptRecorded(ID, "Elm Academy", "elmdsl", receivedAt, 1, NOW, true));
    }

    @Test
    void givenReceiptRecorded_whenReceiptRecordedAgain_thenRefused() {
        Instant receivedAt = Instant.parse("2026-11-19T09:00:00Z");
        fixture
            .given(transferred(),
                    new TransferReceiptRecorded(ID, "Elm Academy", "elmdsl", receivedAt, 1, receivedAt, true))
            .when(new RecordTransferReceipt(ID, "Elm Academy", "elmdsl", receivedAt, 1), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("The receipt of this transfer is already recorded");
    }

    @Test
    void givenTransferred_whenClockEscalates_thenReceiptOverdueEscalatedToHeadteacher() {
        fixture.given(transferred())
            .when(new EscalateUnconfirmedTransfer(ID, FIVE_SCHOOL_DAYS_LATER, "No receipt"),
                    AuditMetaData.of(Actor.SYSTEM, "No receipt"))
            .expectEvents(new TransferReceiptOverdue(ID, FIVE_SCHOOL_DAYS_LATER, Role.HEADTEACHER));
    }

    @Test
    void givenTransferred_whenAPersonEscalates_thenRefused() {
        fixture.given(transferred())
            .when(new EscalateUnconfirmedTransfer(ID, FIVE_SCHOOL_DAYS_LATER, "No receipt"), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("Only the transfer's clock escalates a missing receipt");
    }

    @Test
    void givenReceiptRecorded_whenClockEscalates_thenRefused() {
        fixture.given(transferred(), new TransferReceiptRecorded(ID, "Elm Academy", "elmdsl", NOW, 1, NOW, true))
            .when(new EscalateUnconfirmedTransfer(ID, FIVE_SCHOOL_DAYS_LATER, "No receipt"),
                    AuditMetaData.of(Actor.SYSTEM, "No receipt"))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenTransferred_whenReconcilerReinstatesTheClock_thenReinstatedDueWhenItWas() {
        fixture.given(transferred())
            .when(new ReinstateTransferDeadline(ID, FIVE_SCHOOL_DAYS_LATER, "Missing from the scheduler"),
                    AuditMetaData.of(Actor.SYSTEM, "Missing from the scheduler"))
            .expectEvents(new TransferDeadlineReinstated(ID, "Elm Academy", FIVE_SCHOOL_DAYS_LATER));
    }

    @Test
    void givenEscalated_whenReconcilerReinstatesTheClock_thenRefused() {
        fixture.given(transferred(), new TransferReceiptOverdue(ID, FIVE_SCHOOL_DAYS_LATER, Role.HEADTEACHER))
            .when(new ReinstateTransferDeadline(ID, FIVE_SCHOOL_DAYS_LATER, "Missing from the scheduler"),
                    AuditMetaData.of(Actor.SYSTEM, "Missing from the scheduler"))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

}
