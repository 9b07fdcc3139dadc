package org.safeguarding.incident.incident;

import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.incident.AddEvidence;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Channel;
import org.safeguarding.kernel.api.incident.EvidenceAdded;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.IncidentClosed;
import org.safeguarding.kernel.api.incident.IncidentReported;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.api.incident.Outcome;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.incident.SubjectKind;
import org.safeguarding.kernel.audit.AuditMetaData;

/** Evidence files on the record: who adds them, and never for sexual imagery. */
class IncidentEvidenceTest {

    private static final String ID = "incident-1";

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    private static final Actor TEACHER = Actor.of("teacher", Role.STAFF);

    private static final Actor DSL = Actor.of("dsl", Role.STAFF, Role.DSL);

    private static final String SHA256 = "ab".repeat(32);

    private final FixtureConfiguration<Incident> fixture = new AggregateTestFixture<>(Incident.class);

    private static IncidentReported reported(Category category) {
        return new IncidentReported(ID, Form.SAFEGUARDING, category, "Summary", "Details", NOW, Channel.OTHER_ONLINE,
                "Snapchat", null, List.of(new Subject(SubjectKind.PUPIL, "Amy Brown", "P-17")), false, Level.DSL,
                Role.DSL, "The yellow safeguarding form goes straight to the DSL", "teacher", NOW,
                NOW.plusSeconds(86_400), null);
    }

    private static AddEvidence screenshot() {
        return new AddEvidence(ID, "evidence-1", "chat.png", "image/png", 2_048, SHA256, null);
    }

    @Test
    void givenReportedByATeacher_whenTheReporterAddsAScreenshot_thenEvidenceAdded() {
        fixture.given(reported(Category.CYBERBULLYING))
            .when(screenshot(), AuditMetaData.of(TEACHER))
            .expectEvents(new EvidenceAdded(ID, "evidence-1", "chat.png", "image/png", 2_048, SHA256));
    }

    @Test
    void givenSexualImagery_whenTheDslAddsAFile_thenRefusedNeverCopied() {
        fixture.given(reported(Category.SEXUAL_IMAGERY))
            .when(screenshot(), AuditMetaData.of(DSL))
            .expectNoEvents()
            .expectException(RuleViolation.class)
            .expectExceptionMessage(containsString("never copied"));
    }

    @Test
    void givenClosed_whenEvidenceAdded_thenIncidentClosed() {
        fixture.given(reported(Category.CYBERBULLYING), new IncidentClosed(ID, Outcome.RESOLVED, "Sorted"))
            .when(screenshot(), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("The incident is closed; it can only be reopened");
    }

}
