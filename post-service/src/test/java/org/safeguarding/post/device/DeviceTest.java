package org.safeguarding.post.device;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.post.AccountStanding;
import org.safeguarding.kernel.api.post.AccountStatus;
import org.safeguarding.kernel.api.post.ApproveDevice;
import org.safeguarding.kernel.api.post.ConfirmLoginRemoval;
import org.safeguarding.kernel.api.post.DeviceApproved;
import org.safeguarding.kernel.api.post.DeviceRegistered;
import org.safeguarding.kernel.api.post.DeviceRevoked;
import org.safeguarding.kernel.api.post.EmergencyAccessEscalated;
import org.safeguarding.kernel.api.post.EmergencyAccessGranted;
import org.safeguarding.kernel.api.post.EscalateEmergencyAccess;
import org.safeguarding.kernel.api.post.GrantEmergencyAccess;
import org.safeguarding.kernel.api.post.LoginRemovalConfirmed;
import org.safeguarding.kernel.api.post.RegisterDevice;
import org.safeguarding.kernel.api.post.RevokeDevice;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.safeguarding.post.testing.FixedPostingFacts;

class DeviceTest {

    private static final String ID = "device-1";

    private static final String ACCOUNT = "account-1";

    /** Friday 20 November 2026, 16:00 in London. */
    private static final Instant FRIDAY_AFTERNOON = Instant.parse("2026-11-20T16:00:00Z");

    /** The end of Monday 23 November, the next working day. */
    private static final Instant END_OF_MONDAY = Instant.parse("2026-11-24T00:00:00Z");

    private static final Actor TEACHER = Actor.of("teacher", Role.STAFF);

    private static final Actor NOT_A_POSTER = Actor.of("teacher3", Role.STAFF);

    private static final Actor HEAD = Actor.of("head", Role.STAFF, Role.SLT, Role.HEADTEACHER);

    private static final Actor DEPUTY = Actor.of("deputy", Role.STAFF, Role.SLT, Role.DSL);

    private static final DeviceRegistered REGISTERED = new DeviceRegistered(ID, ACCOUNT, "Office iPad", "teacher",
            FRIDAY_AFTERNOON, "hash");

    private static final EmergencyAccessGranted GRANTED = new EmergencyAccessGranted(ID, ACCOUNT, "teacher",
            "Abusive reply naming a pupil", "hash", FRIDAY_AFTERNOON, FRIDAY_AFTERNOON.plus(Duration.ofHours(2)),
            END_OF_MONDAY);

    private final FixtureConfiguration<Device> fixture = new AggregateTestFixture<>(Device.class);

    private final FixedPostingFacts facts = new FixedPostingFacts(FRIDAY_AFTERNOON);

    @BeforeEach
    void setUp() {
        facts.account(new AccountStanding(ACCOUNT, "X", "@DimpleWell54", AccountStatus.ACTIVE,
                List.of("teacher", "teacher2"), List.of()));
        var calendar = new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());
        fixture.registerInjectableResource(facts);
        fixture.registerInjectableResource(new EmergencyTimetable(calendar,
                new DeviceProperties(true, Duration.ofHours(2), Duration.ofMinutes(30), 5)));
    }

    @Test
    void givenNothing_whenAPosterRegistersASchoolDevice_thenItWaitsForTheHeadteacher() {
        fixture.givenNoPriorActivity()
            .when(new RegisterDevice(ID, ACCOUNT, " Office iPad ", true, "hash"), AuditMetaData.of(TEACHER))
            .expectEvents(REGISTERED);
    }

    @Test
    void givenNothing_whenSomeoneWhoDoesNotPostRegistersADevice_thenRefused() {
        fixture.givenNoPriorActivity()
            .when(new RegisterDevice(ID, ACCOUNT, "Laptop", true, "hash"), AuditMetaData.of(NOT_A_POSTER))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("Only the account's approved posters reach @DimpleWell54 from a device");
    }

    @Test
    void givenNothing_whenAPersonalDeviceIsRegistered_thenRefusedAsNotASchoolDevice() {
        fixture.givenNoPriorActivity()
            .when(new RegisterDevice(ID, ACCOUNT, "My phone", false, "hash"), AuditMetaData.of(TEACHER))
            .expectException(RuleViolation.class)
            .expectExceptionMessage(
                    "Staff use only school devices to reach the account; a personal device only in an emergency");
    }

    @Test
    void givenRegistered_whenTheHeadteacherApproves_thenApproved() {
        fixture.given(REGISTERED)
            .when(new ApproveDevice(ID), AuditMetaData.of(HEAD))
            .expectEvents(new DeviceApproved(ID, ACCOUNT, "head", FRIDAY_AFTERNOON));
    }

    @Test
    void givenRegistered_whenAnotherMemberOfSltApproves_thenRefused() {
        fixture.given(REGISTERED)
            .when(new ApproveDevice(ID), AuditMetaData.of(DEPUTY))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("Only the headteacher approves a new device");
    }

    @Test
    void givenApproved_whenApprovedAgain_thenRefused() {
        fixture.given(REGISTERED, new DeviceApproved(ID, ACCOUNT, "head", FRIDAY_AFTERNOON))
            .when(new ApproveDevice(ID), AuditMetaData.of(HEAD))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("Only a device waiting for approval can be approved; this one is APPROVED");
    }

    @Test
    void givenApproved_whenTheHeadteacherRevokes_thenRevoked() {
        fixture.given(REGISTERED, new DeviceApproved(ID, ACCOUNT, "head", FRIDAY_AFTERNOON))
            .when(new RevokeDevice(ID, "Laptop lost"), AuditMetaData.of(HEAD))
            .expectEvents(new DeviceRevoked(ID, ACCOUNT, "head", FRIDAY_AFTERNOON, "Laptop lost"));
    }

    @Test
    void givenNothing_whenAPosterUsesAPersonalDeviceInAnEmergency_thenAllowedForAWhileAndRemovalDueNextWorkingDay() {
        fixture.givenNoPriorActivity()
            .when(new GrantEmergencyAccess(ID, ACCOUNT, "Abusive reply naming a pupil", "hash"),
                    AuditMetaData.of(TEACHER))
            .expectEvents(GRANTED);
    }

    @Test
    void givenNothing_whenEmergencyAccessWithoutAReason_thenRefused() {
        fixture.givenNoPriorActivity()
            .when(new GrantEmergencyAccess(ID, ACCOUNT, " ", "hash"), AuditMetaData.of(TEACHER))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("Say what safeguarding issue needs the account now, without a school device");
    }

    @Test
    void givenEmergencyAccess_whenItsUserConfirmsTheLoginRemoved_thenRemoved() {
        fixture.given(GRANTED)
            .when(new ConfirmLoginRemoval(ID), AuditMetaData.of(TEACHER))
            .expectEvents(new LoginRemovalConfirmed(ID, ACCOUNT, "teacher", FRIDAY_AFTERNOON));
    }

    @Test
    void givenEmergencyAccess_whenSomeoneElseConfirmsTheRemoval_thenRefused() {
        fixture.given(GRANTED)
            .when(new ConfirmLoginRemoval(ID), AuditMetaData.of(HEAD))
            .expectException(RuleViolation.class)
            .expectExceptionMessage(
                    "Only the person who used the personal device confirms the login is removed from it");
    }

    @Test
    void givenEmergencyAccess_whenTheSystemEscalates_thenTheHeadteacherIsTold() {
        fixture.given(GRANTED)
            .when(new EscalateEmergencyAccess(ID, "Not confirmed"), AuditMetaData.of(Actor.SYSTEM))
            .expectEvents(new EmergencyAccessEscalated(ID, ACCOUNT, "teacher", END_OF_MONDAY, FRIDAY_AFTERNOON));
    }

    @Test
    void givenRemovalConfirmed_whenTheSystemEscalates_thenRefused() {
        fixture.given(GRANTED, new LoginRemovalConfirmed(ID, ACCOUNT, "teacher", FRIDAY_AFTERNOON))
            .when(new EscalateEmergencyAccess(ID, "Not confirmed"), AuditMetaData.of(Actor.SYSTEM))
            .expectException(RuleViolation.class);
    }

}
