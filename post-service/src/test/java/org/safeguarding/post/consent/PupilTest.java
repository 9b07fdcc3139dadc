package org.safeguarding.post.consent;

import static org.safeguarding.post.testing.Refusals.refused;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.post.PupilConsentRecorded;
import org.safeguarding.kernel.api.post.RecordPupilConsent;
import org.safeguarding.kernel.api.post.WrittenConsent;
import org.safeguarding.kernel.api.post.WrittenConsentRecorded;
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

    private static final WrittenConsent FORM_2026 = new WrittenConsent(LocalDate.parse("2026-09-03"), "Jo Brown",
            "mother", "PC-2026-114", "2026/27");

    @Test
    void givenNoPupil_whenRecordPupilConsentWithWrittenConsent_thenBothRecorded() {
        fixture.givenNoPriorActivity()
            .when(new RecordPupilConsent(REF, "Amy Brown", true, false, "Form returned", FORM_2026),
                    AuditMetaData.of(ADMIN))
            .expectEvents(CONSENTED, new WrittenConsentRecorded(REF, FORM_2026));
    }

    @Test
    void givenConsentWithoutEvidence_whenTheFormArrives_thenWrittenConsentRecordedOnly() {
        fixture.given(CONSENTED)
            .when(new RecordPupilConsent(REF, "Amy Brown", true, false, null, FORM_2026), AuditMetaData.of(ADMIN))
            .expectEvents(new WrittenConsentRecorded(REF, FORM_2026));
    }

    @Test
    void givenWrittenConsent_whenTheSameIsImportedAgain_thenNoEvent() {
        fixture.given(CONSENTED, new WrittenConsentRecorded(REF, FORM_2026))
            .when(new RecordPupilConsent(REF, "Amy Brown", true, false, "CSV import, line 2", FORM_2026),
                    AuditMetaData.of(ADMIN))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void givenConsentWithdrawn_whenTheOldFormIsGivenAgain_thenWrittenConsentRecordedForTheNewConsent() {
        fixture
            .given(CONSENTED, new WrittenConsentRecorded(REF, FORM_2026),
                    new PupilConsentRecorded(REF, "Amy Brown", false, false))
            .when(new RecordPupilConsent(REF, "Amy Brown", false, false, null, FORM_2026), AuditMetaData.of(ADMIN))
            .expectEvents(new WrittenConsentRecorded(REF, FORM_2026));
    }

    @Test
    void givenNoPupil_whenWrittenConsentNamesNoOne_thenWrittenConsentIncomplete() {
        fixture.givenNoPriorActivity()
            .when(new RecordPupilConsent(REF, "Amy Brown", true, false, null,
                    new WrittenConsent(LocalDate.parse("2026-09-03"), " ", null, null, "2026/27")),
                    AuditMetaData.of(ADMIN))
            .expectNoEvents()
            .expectException(refused(RuleViolation.Kind.UNPROCESSABLE, "written-consent-incomplete"));
    }

    @Test
    void givenNoPupil_whenWrittenConsentCoversNoAcademicYear_thenInvalidAcademicYear() {
        fixture.givenNoPriorActivity()
            .when(new RecordPupilConsent(REF, "Amy Brown", true, false, null,
                    new WrittenConsent(LocalDate.parse("2026-09-03"), "Jo Brown", "mother", null, "2026/28")),
                    AuditMetaData.of(ADMIN))
            .expectNoEvents()
            .expectException(refused(RuleViolation.Kind.UNPROCESSABLE, "invalid-academic-year"));
    }

}
