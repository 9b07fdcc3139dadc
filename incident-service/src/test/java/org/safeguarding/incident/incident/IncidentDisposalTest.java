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
import org.safeguarding.kernel.api.incident.AddNote;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Channel;
import org.safeguarding.kernel.api.incident.DisposeIncident;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.IncidentClosed;
import org.safeguarding.kernel.api.incident.IncidentDisposed;
import org.safeguarding.kernel.api.incident.IncidentReported;
import org.safeguarding.kernel.api.incident.LegalHoldLifted;
import org.safeguarding.kernel.api.incident.LegalHoldPlaced;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.api.incident.LiftLegalHold;
import org.safeguarding.kernel.api.incident.Outcome;
import org.safeguarding.kernel.api.incident.PlaceLegalHold;
import org.safeguarding.kernel.api.incident.ReopenIncident;
import org.safeguarding.kernel.api.incident.RetentionRule;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.incident.SubjectKind;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.kernel.calendar.WorkingCalendar;

/** The incident's side of retention: the legal hold, and disposal only when approved. */
class IncidentDisposalTest {

    private static final String ID = "incident-1";

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    private static final Actor DSL = Actor.of("dsl", Role.STAFF, Role.DSL);

    private static final Actor HEAD = Actor.of("head", Role.STAFF, Role.SLT, Role.HEADTEACHER);

    private static final Actor TEACHER = Actor.of("teacher", Role.STAFF);

    private static final String INQUIRY = "Police investigation, crime reference 45/2026/1234";

    private FixtureConfiguration<Incident> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Incident.class);
        var calendar = new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());
        fixture.registerInjectableResource(new EscalationTimetable(calendar, Clock.fixed(NOW, ZoneOffset.UTC),
                new EscalationProperties(Duration.ofHours(24)), new LadoProperties(Duration.ofDays(1))));
        fixture.registerInjectableResource((StaffRoles) username -> Set.of());
    }

    private static IncidentReported reported() {
        return new IncidentReported(ID, Form.SAFEGUARDING, Category.CYBERBULLYING, "Summary", "Details", NOW,
                Channel.OTHER_ONLINE, "Snapchat", null, List.of(new Subject(SubjectKind.PUPIL, "Amy Brown", "P-17")),
                false, Level.DSL, Role.DSL, "The yellow safeguarding form goes straight to the DSL", "teacher", NOW,
                NOW.plusSeconds(86_400), null);
    }

    private static IncidentClosed closed() {
        return new IncidentClosed(ID, Outcome.RESOLVED, "Sorted with both families");
    }

    private static DisposeIncident dispose() {
        return new DisposeIncident(ID, "disposal-1", RetentionRule.CHILD_PROTECTION);
    }

    @Test
    void givenClosed_whenTheDslPlacesALegalHold_thenHeld() {
        fixture.given(reported(), closed())
            .when(new PlaceLegalHold(ID, INQUIRY), AuditMetaData.of(DSL))
            .expectEvents(new LegalHoldPlaced(ID, INQUIRY, NOW));
    }

    @Test
    void givenOpen_whenTheHeadteacherPlacesALegalHold_thenHeld() {
        fixture.given(reported())
            .when(new PlaceLegalHold(ID, INQUIRY), AuditMetaData.of(HEAD))
            .expectEvents(new LegalHoldPlaced(ID, INQUIRY, NOW));
    }

    @Test
    void givenNothingHeld_whenALegalHoldWithoutReason_thenReasonRequired() {
        fixture.given(reported(), closed())
            .when(new PlaceLegalHold(ID, " "), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenReported_whenATeacherPlacesALegalHold_thenRefused() {
        fixture.given(reported())
            .when(new PlaceLegalHold(ID, INQUIRY), AuditMetaData.of(TEACHER))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenHeld_whenHeldAgain_thenConflict() {
        fixture.given(reported(), closed(), new LegalHoldPlaced(ID, INQUIRY, NOW))
            .when(new PlaceLegalHold(ID, "again"), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("The incident is already held")
            .expectNoEvents();
    }

    @Test
    void givenHeld_whenLifted_thenLifted() {
        fixture.given(reported(), closed(), new LegalHoldPlaced(ID, INQUIRY, NOW))
            .when(new LiftLegalHold(ID, "The police closed their investigation"), AuditMetaData.of(HEAD))
            .expectEvents(new LegalHoldLifted(ID, "The police closed their investigation", NOW));
    }

    @Test
    void givenNotHeld_whenLifted_thenConflict() {
        fixture.given(reported(), closed())
            .when(new LiftLegalHold(ID, null), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("The incident is not held")
            .expectNoEvents();
    }

    @Test
    void givenClosed_whenAnApprovedDisposalDisposesOfIt_thenDisposed() {
        fixture.given(reported(), closed())
            .when(dispose(), AuditMetaData.of(Actor.SYSTEM))
            .expectEvents(new IncidentDisposed(ID, "disposal-1", RetentionRule.CHILD_PROTECTION));
    }

    @Test
    void givenClosed_whenAPersonDisposesOfIt_thenSystemOnly() {
        fixture.given(reported(), closed())
            .when(dispose(), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("Only an approved disposal disposes of a record")
            .expectNoEvents();
    }

    @Test
    void givenOpen_whenDisposed_thenRefused() {
        fixture.given(reported())
            .when(dispose(), AuditMetaData.of(Actor.SYSTEM))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("Only a closed incident can be disposed of")
            .expectNoEvents();
    }

    @Test
    void givenHeld_whenDisposed_thenUnderLegalHold() {
        fixture.given(reported(), closed(), new LegalHoldPlaced(ID, INQUIRY, NOW))
            .when(dispose(), AuditMetaData.of(Actor.SYSTEM))
            .expectException(RuleViolation.class)
            .expectExceptionMessage(
                    "The incident is under a legal hold; it is not disposed of until the hold is lifted")
            .expectNoEvents();
    }

    @Test
    void givenHoldLifted_whenDisposed_thenDisposed() {
        fixture
            .given(reported(), closed(), new LegalHoldPlaced(ID, INQUIRY, NOW),
                    new LegalHoldLifted(ID, "Investigation over", NOW))
            .when(dispose(), AuditMetaData.of(Actor.SYSTEM))
            .expectEvents(new IncidentDisposed(ID, "disposal-1", RetentionRule.CHILD_PROTECTION));
    }

    @Test
    void givenDisposed_whenReopened_thenIncidentDisposed() {
        fixture.given(reported(), closed(), new IncidentDisposed(ID, "disposal-1", RetentionRule.CHILD_PROTECTION))
            .when(new ReopenIncident(ID, "A new message", null), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("The incident's record has been disposed of; it takes no more steps")
            .expectNoEvents();
    }

    @Test
    void givenDisposed_whenANoteIsAdded_thenIncidentDisposed() {
        fixture.given(reported(), closed(), new IncidentDisposed(ID, "disposal-1", RetentionRule.CHILD_PROTECTION))
            .when(new AddNote(ID, "late", null), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("The incident's record has been disposed of; it takes no more steps")
            .expectNoEvents();
    }

}
