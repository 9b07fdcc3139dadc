package org.safeguarding.incident.incident;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
import org.safeguarding.kernel.api.incident.AcknowledgeIncident;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Channel;
import org.safeguarding.kernel.api.incident.CloseIncident;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.IncidentClosed;
import org.safeguarding.kernel.api.incident.IncidentReceived;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.api.incident.Outcome;
import org.safeguarding.kernel.api.incident.ReceiveIncident;
import org.safeguarding.kernel.api.incident.ReceivedStep;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.incident.SubjectKind;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.kernel.calendar.WorkingCalendar;

/**
 * An incident that arrives in a child-protection file from the pupil's previous school.
 */
class IncidentReceivedTest {

    private static final String ID = "received-1";

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    private static final Instant OCCURRED = Instant.parse("2025-03-04T08:30:00Z");

    private static final Actor DSL = Actor.of("dsl", Role.STAFF, Role.DSL);

    private static final Actor HEAD = Actor.of("head", Role.STAFF, Role.SLT, Role.HEADTEACHER);

    private static final List<Subject> PUPIL = List.of(new Subject(SubjectKind.PUPIL, "Amy Brown", "P-17"));

    private static final List<ReceivedStep> CHRONOLOGY = List.of(
            new ReceivedStep(1, OCCURRED, "teacher", "STAFF", null, "IncidentReported", "Reported", null),
            new ReceivedStep(2, OCCURRED.plusSeconds(3600), "oakdsl", "DSL", null, "IncidentClosed",
                    "Closed as RESOLVED: parents met", null));

    private FixtureConfiguration<Incident> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Incident.class);
        var calendar = new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());
        fixture.registerInjectableResource(new EscalationTimetable(calendar, Clock.fixed(NOW, ZoneOffset.UTC),
                new EscalationProperties(Duration.ofHours(24)), new LadoProperties(Duration.ofDays(1))));
        fixture.registerInjectableResource((StaffRoles) username -> Set.of());
    }

    private static ReceiveIncident receive() {
        return new ReceiveIncident(ID, "transfer-1", "Oak Primary", "oak-incident-9", Form.SAFEGUARDING,
                Category.CYBERBULLYING, "Group chat", "Details", OCCURRED, Channel.OTHER_ONLINE, "WhatsApp", PUPIL,
                false, Outcome.RESOLVED, CHRONOLOGY);
    }

    private static IncidentReceived received() {
        return new IncidentReceived(ID, "transfer-1", "Oak Primary", "oak-incident-9", Form.SAFEGUARDING,
                Category.CYBERBULLYING, "Group chat", "Details", OCCURRED, Channel.OTHER_ONLINE, "WhatsApp", PUPIL,
                false, Outcome.RESOLVED, CHRONOLOGY, Level.DSL, Role.DSL,
                "Received from Oak Primary in a child-protection file; routed to the DSL", "dsl", NOW);
    }

    @Test
    void givenNothing_whenDslReceivesIncident_thenReceivedAtDslWithTheSendingSchoolsChronology() {
        fixture.givenNoPriorActivity().when(receive(), AuditMetaData.of(DSL)).expectEvents(received());
    }

    @Test
    void givenNothing_whenHeadteacherReceivesIncident_thenRefused() {
        fixture.givenNoPriorActivity()
            .when(receive(), AuditMetaData.of(HEAD))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("Only the DSL imports a child-protection file from another school");
    }

    @Test
    void givenReceived_whenAcknowledged_thenRefusedBecauseTheImportingDslPickedItUp() {
        fixture.given(received())
            .when(new AcknowledgeIncident(ID, null), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("The incident has already been acknowledged at this level");
    }

    @Test
    void givenReceived_whenDslClosesIt_thenClosed() {
        fixture.given(received())
            .when(new CloseIncident(ID, Outcome.NO_FURTHER_ACTION, "Reviewed on arrival", null), AuditMetaData.of(DSL))
            .expectEvents(new IncidentClosed(ID, Outcome.NO_FURTHER_ACTION, "Reviewed on arrival"));
    }

}
