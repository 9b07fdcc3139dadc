package org.safeguarding.incident.subjectaccess;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.incident.DataSubjectKind;
import org.safeguarding.kernel.api.incident.DeleteSubjectAccessFile;
import org.safeguarding.kernel.api.incident.ReleaseSubjectAccess;
import org.safeguarding.kernel.api.incident.SubjectAccessFileDeleted;
import org.safeguarding.kernel.api.incident.SubjectAccessReleased;
import org.safeguarding.kernel.api.incident.SubjectAccessRequested;
import org.safeguarding.kernel.audit.AuditMetaData;

/**
 * A subject access request is released once; its file is deleted once, by the retention
 * check alone, and after that there is nothing left to release.
 */
class SubjectAccessRequestTest {

    private static final String ID = "request-1";

    private static final String PSEUDONYM = "Pupil-0A1B2C3D4E";

    private static final Actor DSL = Actor.of("dsl", Role.STAFF, Role.DSL);

    private FixtureConfiguration<SubjectAccessRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SubjectAccessRequest.class);
    }

    private static SubjectAccessRequested requested() {
        return new SubjectAccessRequested(ID, DataSubjectKind.PUPIL, PSEUDONYM, 3);
    }

    @Test
    void givenRequested_whenReleased_thenReleased() {
        fixture.given(requested())
            .when(new ReleaseSubjectAccess(ID, "In full"), AuditMetaData.of(DSL))
            .expectEvents(new SubjectAccessReleased(ID, PSEUDONYM));
    }

    @Test
    void givenReleased_whenTheRetentionCheckDeletesTheFile_thenDeletedUnderThePseudonym() {
        fixture.given(requested(), new SubjectAccessReleased(ID, PSEUDONYM))
            .when(new DeleteSubjectAccessFile(ID), AuditMetaData.of(Actor.SYSTEM))
            .expectEvents(new SubjectAccessFileDeleted(ID, PSEUDONYM));
    }

    @Test
    void givenDeleted_whenDeletedAgain_thenNothingMoreIsRecorded() {
        fixture.given(requested(), new SubjectAccessFileDeleted(ID, PSEUDONYM))
            .when(new DeleteSubjectAccessFile(ID), AuditMetaData.of(Actor.SYSTEM))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void givenRequested_whenAPersonDeletesTheFile_thenRefused() {
        fixture.given(requested())
            .when(new DeleteSubjectAccessFile(ID), AuditMetaData.of(DSL))
            .expectException(IllegalStateException.class)
            .expectNoEvents();
    }

    @Test
    void givenDeleted_whenReleased_thenNothingLeftToRelease() {
        fixture.given(requested(), new SubjectAccessFileDeleted(ID, PSEUDONYM))
            .when(new ReleaseSubjectAccess(ID, "In full"), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectExceptionMessage(
                    "This subject access request's bundle was deleted at the end of its retention period")
            .expectNoEvents();
    }

}
