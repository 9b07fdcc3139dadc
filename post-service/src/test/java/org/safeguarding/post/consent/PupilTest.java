package org.safeguarding.post.consent;

import static org.safeguarding.post.testing.Refusals.refused;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.post.PupilConsentRecorded;
import org.safeguarding.kernel.api.post.RecordPupilConsent;
import org.safeguarding.kernel.audit.AuditMetaData;

class PupilTest {

    private static final String REF = "P-1";

    private static final Actor ADMIN = Actor.of("admin", Role.ADMIN);

    private static final Actor DSL = Actor.of("dsl", Role.STAFF, Role.DSL);

    private static final Actor TEACHER = Actor.of("teacher", Role.STAFF);

    private static final PupilConsentRecorded CONSENTED = new PupilConsentRecorded(REF, "Amy Brown", true, false);

    private final FixtureConfiguration<Pupil> fixture = new AggregateTestFixture<>(Pupil.class);

    @Test
    void givenNoPupil_whenRecordPupilConsent_thenPupilConsentRecorded() {
        fixture.givenNoPriorActivity()
            .when(new RecordPupilConsent(REF, "Amy Brown", true, false, "Consent form returned"),
                    AuditMetaData.of(ADMIN))
            .expectEvents(CONSENTED);
    }

    @Test
    void givenPupilRecorded_whenParentAsksForTheNoPhotoList_thenPupilConsentRecorded() {
        fixture.given(CONSENTED)
            .when(new RecordPupilConsent(REF, "Amy Brown", false, true, "Parent's letter"), AuditMetaData.of(DSL))
            .expectEvents(new PupilConsentRecorded(REF, "Amy Brown", false, true));
    }

    @Test
    void givenPupilRecorded_whenRecordPupilConsentWithTheSameValues_thenNoEvent() {
        fixture.given(CONSENTED)
            .when(new RecordPupilConsent(REF, "Amy Brown", true, false, "CSV import, line 2"), AuditMetaData.of(ADMIN))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void givenPupilRecorded_whenNameCorrected_thenPupilConsentRecorded() {
        fixture.given(CONSENTED)
            .when(new RecordPupilConsent(REF, "Amy Browne", true, false, null), AuditMetaData.of(ADMIN))
            .expectEvents(new PupilConsentRecorded(REF, "Amy Browne", true, false));
    }

    @Test
    void givenNoPupil_whenStaffRecordPupilConsent_thenForbidden() {
        fixture.givenNoPriorActivity()
            .when(new RecordPupilConsent(REF, "Amy Brown", true, false, null), AuditMetaData.of(TEACHER))
            .expectNoEvents()
            .expectException(refused(RuleViolation.Kind.FORBIDDEN, "not-admin-or-dsl"));
    }

    @Test
    void givenNoPupil_whenRecordPupilConsentWithoutAName_thenNameRequired() {
        fixture.givenNoPriorActivity()
            .when(new RecordPupilConsent(REF, " ", true, false, null), AuditMetaData.of(ADMIN))
            .expectNoEvents()
            .expectException(refused(RuleViolation.Kind.UNPROCESSABLE, "name-required"));
    }

}
