package org.safeguarding.post.staff;

import static org.safeguarding.post.testing.Refusals.refused;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.post.AcknowledgePolicy;
import org.safeguarding.kernel.api.post.PolicyAcknowledged;
import org.safeguarding.kernel.api.post.RecordTraining;
import org.safeguarding.kernel.api.post.TrainingKind;
import org.safeguarding.kernel.api.post.TrainingRecorded;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.post.testing.SchoolPolicies;

class StaffMemberTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    private static final LocalDate YESTERDAY = LocalDate.parse("2026-11-17");

    private static final Actor TEACHER = Actor.of("teacher", Role.STAFF);

    private static final Actor COMPUTING = Actor.of("computing", Role.STAFF, Role.COMPUTING_LEAD);

    private static final TrainingRecorded INDUCTED = new TrainingRecorded("teacher", TrainingKind.INDUCTION, YESTERDAY,
            "September INSET", "computing");

    private final FixtureConfiguration<StaffMember> fixture = new AggregateTestFixture<>(StaffMember.class)
        .registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC))
        .registerInjectableResource(SchoolPolicies.headteacherApproves());

    @Test
    void givenNothing_whenTheComputingLeadRecordsInduction_thenTrainingRecorded() {
        fixture.givenNoPriorActivity()
            .when(new RecordTraining("teacher", TrainingKind.INDUCTION, YESTERDAY, "September INSET"),
                    AuditMetaData.of(COMPUTING))
            .expectEvents(INDUCTED);
    }

    @Test
    void givenNothing_whenStaffRecordTheirOwnTraining_thenNotATrainingRecorder() {
        fixture.givenNoPriorActivity()
            .when(new RecordTraining("teacher", TrainingKind.INDUCTION, YESTERDAY, null), AuditMetaData.of(TEACHER))
            .expectNoEvents()
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "not-a-training-recorder"));
    }

    @Test
    void givenNothing_whenTrainingIsRecordedForTomorrow_thenCompletedInTheFuture() {
        fixture.givenNoPriorActivity()
            .when(new RecordTraining("teacher", TrainingKind.SOCIAL_MEDIA_TRAINING, LocalDate.parse("2026-11-19"),
                    null), AuditMetaData.of(COMPUTING))
            .expectException(refused(RuleViolation.Kind.UNPROCESSABLE, "completed-in-the-future"));
    }

    @Test
    void givenInducted_whenTheyAcknowledgeTheCurrentVersion_thenPolicyAcknowledged() {
        fixture.given(INDUCTED)
            .when(new AcknowledgePolicy("teacher", "2026-09"), AuditMetaData.of(TEACHER))
            .expectEvents(new PolicyAcknowledged("teacher", "2026-09", NOW));
    }

    @Test
    void givenAcknowledged_whenAcknowledgedAgain_thenNothingMoreIsRecorded() {
        fixture.given(new PolicyAcknowledged("teacher", "2026-09", NOW))
            .when(new AcknowledgePolicy("teacher", "2026-09"), AuditMetaData.of(TEACHER))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void givenNothing_whenSomeoneAcknowledgesForAnother_thenOwnAcknowledgementOnly() {
        fixture.givenNoPriorActivity()
            .when(new AcknowledgePolicy("teacher", "2026-09"), AuditMetaData.of(COMPUTING))
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "own-acknowledgement-only"));
    }

    @Test
    void givenNothing_whenAnOldVersionIsAcknowledged_thenNotTheCurrentVersion() {
        fixture.givenNoPriorActivity()
            .when(new AcknowledgePolicy("teacher", "2025-09"), AuditMetaData.of(TEACHER))
            .expectException(refused(RuleViolation.Kind.UNPROCESSABLE, "not-the-current-version"));
    }

}
