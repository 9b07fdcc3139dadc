package org.safeguarding.incident.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.api.incident.Level;

class NeedToKnowTest {

    private static final Actor TEACHER = Actor.of("teacher", Role.STAFF);

    private static final Actor TEACHER2 = Actor.of("teacher2", Role.STAFF);

    private static final Actor COMPUTING = Actor.of("computing", Role.STAFF, Role.COMPUTING_LEAD);

    private static final Actor DSL = Actor.of("dsl", Role.STAFF, Role.DSL);

    private static final Actor HEAD = Actor.of("head", Role.STAFF, Role.SLT, Role.HEADTEACHER);

    private static final Actor SLT = Actor.of("slt", Role.STAFF, Role.SLT);

    private static final Actor CHAIR = Actor.of("chair", Role.GOVERNOR, Role.CHAIR_OF_GOVERNORS);

    private static final Actor GOVERNOR = Actor.of("governor", Role.GOVERNOR);

    private static final Actor ADMIN = Actor.of("admin", Role.ADMIN);

    private static final Actor SERVICE = Actor.of("service", Role.SERVICE);

    private static AccessFacts eSafety() {
        return new AccessFacts("e", "teacher", Level.COMPUTING_LEAD, Role.COMPUTING_LEAD, true, false, Set.of());
    }

    private static AccessFacts escalatedToSlt() {
        return new AccessFacts("s", "teacher", Level.SLT, Role.HEADTEACHER, false, false, Set.of());
    }

    private static AccessFacts allegationAgainst(String username, Role caseManager) {
        return new AccessFacts("a", "teacher", Level.SLT, caseManager, false, true, Set.of(username));
    }

    @Test
    void theAdultAnAllegationNamesSeesNothingOfItWhateverTheirRole() {
        assertThat(NeedToKnow.sightOf(HEAD, allegationAgainst("head", Role.CHAIR_OF_GOVERNORS))).isEqualTo(Sight.NONE);
        assertThat(NeedToKnow.sightOf(DSL, allegationAgainst("dsl", Role.HEADTEACHER))).isEqualTo(Sight.NONE);
        assertThat(NeedToKnow.sightOf(GOVERNOR, allegationAgainst("governor", Role.HEADTEACHER))).isEqualTo(Sight.NONE);
        assertThat(NeedToKnow.sightOf(Actor.of("Head", Role.HEADTEACHER),
                allegationAgainst("head", Role.CHAIR_OF_GOVERNORS)))
            .as("usernames compared regardless of case")
            .isEqualTo(Sight.NONE);
    }

    @Test
    void theAdultNamedSeesNothingEvenOfWhatTheyReportedThemselves() {
        var selfReferral = new AccessFacts("a", "teacher2", Level.SLT, Role.HEADTEACHER, false, true,
                Set.of("teacher2"));

        assertThat(NeedToKnow.sightOf(TEACHER2, selfReferral)).isEqualTo(Sight.NONE);
    }

    @Test
    void theDslAndTheHeadteacherSeeEveryCaseFileThatDoesNotNameThem() {
        assertThat(NeedToKnow.sightOf(DSL, allegationAgainst("head", Role.CHAIR_OF_GOVERNORS)))
            .isEqualTo(Sight.CASE_FILE);
        assertThat(NeedToKnow.sightOf(HEAD, allegationAgainst("slt", Role.HEADTEACHER))).isEqualTo(Sight.CASE_FILE);
        assertThat(NeedToKnow.sightOf(HEAD, eSafety())).isEqualTo(Sight.CASE_FILE);
    }

    @Test
    void theChairSeesTheCaseFilesTheyManageAndOtherwiseOnlyTheAuditTrail() {
        assertThat(NeedToKnow.sightOf(CHAIR, allegationAgainst("head", Role.CHAIR_OF_GOVERNORS)))
            .isEqualTo(Sight.CASE_FILE);
        assertThat(NeedToKnow.sightOf(CHAIR, allegationAgainst("teacher2", Role.HEADTEACHER)))
            .isEqualTo(Sight.AUDIT_TRAIL);
    }

    @Test
    void seniorLeadersSeeSltLevelMattersButNotAllegationsOrLowLevelConcernsAboutAdults() {
        assertThat(NeedToKnow.sightOf(SLT, escalatedToSlt())).isEqualTo(Sight.CASE_FILE);
        assertThat(NeedToKnow.sightOf(SLT, allegationAgainst("teacher2", Role.HEADTEACHER))).isEqualTo(Sight.NONE);
        assertThat(NeedToKnow.sightOf(SLT, eSafety())).isEqualTo(Sight.NONE);
    }

    @Test
    void theComputingLeadSeesESafetyMattersOnly() {
        assertThat(NeedToKnow.sightOf(COMPUTING, eSafety())).isEqualTo(Sight.CASE_FILE);
        assertThat(NeedToKnow.sightOf(COMPUTING, escalatedToSlt())).isEqualTo(Sight.NONE);
    }

    @Test
    void aReporterWithoutOtherNeedToKnowGetsTheReportersView() {
        assertThat(NeedToKnow.sightOf(TEACHER, allegationAgainst("teacher2", Role.HEADTEACHER)))
            .isEqualTo(Sight.REPORTER);
        assertThat(NeedToKnow.sightOf(TEACHER2, eSafety())).isEqualTo(Sight.NONE);
    }

    @Test
    void governorsKeepTheAuditTrailAndAdministratorsAndServicesSeeNothing() {
        assertThat(NeedToKnow.sightOf(GOVERNOR, escalatedToSlt())).isEqualTo(Sight.AUDIT_TRAIL);
        assertThat(NeedToKnow.sightOf(ADMIN, escalatedToSlt())).isEqualTo(Sight.NONE);
        assertThat(NeedToKnow.sightOf(SERVICE, escalatedToSlt())).isEqualTo(Sight.NONE);
        assertThat(NeedToKnow.readsIncidents(GOVERNOR)).isFalse();
        assertThat(NeedToKnow.readsIncidents(CHAIR)).isTrue();
    }

}
