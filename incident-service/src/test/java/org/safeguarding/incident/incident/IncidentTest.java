package org.safeguarding.incident.incident;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.RuleViolation;
import org.safeguarding.kernel.api.incident.AcknowledgeIncident;
import org.safeguarding.kernel.api.incident.AddNote;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Channel;
import org.safeguarding.kernel.api.incident.CloseIncident;
import org.safeguarding.kernel.api.incident.CompleteModerationAction;
import org.safeguarding.kernel.api.incident.CorrectSubjects;
import org.safeguarding.kernel.api.incident.ContentRef;
import org.safeguarding.kernel.api.incident.ContentType;
import org.safeguarding.kernel.api.incident.DeadlineKind;
import org.safeguarding.kernel.api.incident.DeadlineMissed;
import org.safeguarding.kernel.api.incident.DeadlineReinstated;
import org.safeguarding.kernel.api.incident.DecideNotToReferToLado;
import org.safeguarding.kernel.api.incident.DecidedNotToReferToLADO;
import org.safeguarding.kernel.api.incident.EscalateToDsl;
import org.safeguarding.kernel.api.incident.EscalateToSlt;
import org.safeguarding.kernel.api.incident.EscalatedToDSL;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.IncidentAcknowledged;
import org.safeguarding.kernel.api.incident.IncidentClosed;
import org.safeguarding.kernel.api.incident.IncidentReopened;
import org.safeguarding.kernel.api.incident.IncidentReported;
import org.safeguarding.kernel.api.incident.LadoReferralDetails;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.api.incident.ModerationActionCompleted;
import org.safeguarding.kernel.api.incident.ModerationActionRecorded;
import org.safeguarding.kernel.api.incident.ModerationActionType;
import org.safeguarding.kernel.api.incident.ModerationStatus;
import org.safeguarding.kernel.api.incident.NoteAdded;
import org.safeguarding.kernel.api.incident.Outcome;
import org.safeguarding.kernel.api.incident.RecordDeadlineMissed;
import org.safeguarding.kernel.api.incident.RecordModerationAction;
import org.safeguarding.kernel.api.incident.ReferToLado;
import org.safeguarding.kernel.api.incident.ReferredToLADO;
import org.safeguarding.kernel.api.incident.ReinstateDeadline;
import org.safeguarding.kernel.api.incident.ReopenIncident;
import org.safeguarding.kernel.api.incident.ReportIncident;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.incident.SubjectKind;
import org.safeguarding.kernel.api.incident.SubjectsCorrected;
import org.safeguarding.kernel.audit.AuditMetaData;
import org.safeguarding.kernel.calendar.WorkingCalendar;

class IncidentTest {

    private static final String ID = "incident-1";

    /** A Wednesday, so one working day later is Thursday at the same time. */
    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    private static final Instant ONE_WORKING_DAY_LATER = Instant.parse("2026-11-19T10:00:00Z");

    private static final Instant OCCURRED = Instant.parse("2026-11-18T08:30:00Z");

    private static final Actor TEACHER = Actor.of("teacher", Role.STAFF);

    private static final Actor COMPUTING = Actor.of("computing", Role.STAFF, Role.COMPUTING_LEAD);

    private static final Actor DSL = Actor.of("dsl", Role.STAFF, Role.DSL);

    private static final Actor HEAD = Actor.of("head", Role.STAFF, Role.SLT, Role.HEADTEACHER);

    private static final Actor DEPUTY = Actor.of("deputy", Role.STAFF, Role.SLT, Role.DSL);

    private static final Actor GOVERNOR = Actor.of("governor", Role.GOVERNOR);

    private static final Actor SLT = Actor.of("slt", Role.STAFF, Role.SLT);

    private static final Actor CHAIR = Actor.of("chair", Role.GOVERNOR, Role.CHAIR_OF_GOVERNORS);

    private static final Map<String, Set<Role>> DIRECTORY = Map.of(HEAD.username(), HEAD.roles(), DSL.username(),
            DSL.roles(), SLT.username(), SLT.roles(), "teacher2", Set.of(Role.STAFF));

    private static final List<Subject> PUPIL = List.of(new Subject(SubjectKind.PUPIL, "Amy Brown", "P-17"));

    private static final List<Subject> TEACHING_ASSISTANT = List.of(new Subject(SubjectKind.STAFF, "Mr Green", null));

    private static final ContentRef COMMENT = new ContentRef(ContentType.COMMENT, "comment-9");

    private FixtureConfiguration<Incident> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Incident.class);
        var calendar = new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());
        fixture.registerInjectableResource(new EscalationTimetable(calendar, Clock.fixed(NOW, ZoneOffset.UTC),
                new EscalationProperties(Duration.ofHours(24)), new LadoProperties(Duration.ofDays(1))));
        fixture.registerInjectableResource((StaffRoles) username -> DIRECTORY.getOrDefault(username, Set.of()));
    }

    private static ReportIncident report(Form form, Category category, boolean allegation,
            boolean computingLeadAvailable) {
        return new ReportIncident(ID, form, category, "Summary", "Details", OCCURRED, Channel.SCHOOL_ACCOUNT, "Twitter",
                COMMENT, allegation ? TEACHING_ASSISTANT : PUPIL, allegation, computingLeadAvailable);
    }

    private static IncidentReported reported(Form form, Category category, boolean allegation, Level level,
            String routing) {
        return new IncidentReported(ID, form, category, "Summary", "Details", OCCURRED, Channel.SCHOOL_ACCOUNT,
                "Twitter", COMMENT, allegation ? TEACHING_ASSISTANT : PUPIL, allegation, level, level.assignedRole(),
                routing, "teacher", NOW, ONE_WORKING_DAY_LATER, allegation ? ONE_WORKING_DAY_LATER : null);
    }

    private static IncidentReported atComputingLead() {
        return reported(Form.E_SAFETY, Category.UNDERMINING_COMMENT, false, Level.COMPUTING_LEAD,
                "The orange e-safety form goes to the computing lead");
    }

    private static IncidentReported atDsl() {
        return reported(Form.SAFEGUARDING, Category.CYBERBULLYING, false, Level.DSL,
                "The yellow safeguarding form goes straight to the DSL");
    }

    private static IncidentReported allegationAtSlt() {
        return reported(Form.SAFEGUARDING, Category.STAFF_CONDUCT, true, Level.SLT,
                "An allegation against an adult goes to the headteacher as case manager; "
                        + "the LADO decision is due within one working day");
    }

    /**
     * An allegation naming a directory user by ref, as the API takes it: {@code {kind:
     * STAFF, ref: <username>}}.
     */
    private static List<Subject> naming(String username) {
        return List.of(new Subject(SubjectKind.STAFF, "Named adult", username), PUPIL.get(0));
    }

    private static ReportIncident allegationAgainst(String username, boolean allegation) {
        return new ReportIncident(ID, Form.SAFEGUARDING, Category.STAFF_CONDUCT, "Summary", "Details", OCCURRED,
                Channel.SCHOOL_ACCOUNT, "Twitter", COMMENT, naming(username), allegation, true);
    }

    private static IncidentReported allegationAgainst(String username, Role caseManager, String routing,
            boolean allegation) {
        return new IncidentReported(ID, Form.SAFEGUARDING, Category.STAFF_CONDUCT, "Summary", "Details", OCCURRED,
                Channel.SCHOOL_ACCOUNT, "Twitter", COMMENT, naming(username), allegation, Level.SLT, caseManager,
                routing, "teacher", NOW, ONE_WORKING_DAY_LATER, allegation ? ONE_WORKING_DAY_LATER : null);
    }

    private static IncidentReported allegationAgainstTheHeadteacher() {
        return allegationAgainst("head", Role.CHAIR_OF_GOVERNORS, "An allegation against the headteacher goes to the "
                + "chair of governors as case manager; the LADO decision is due within one working day", true);
    }

    private static IncidentReported allegationAgainstASeniorLeader() {
        return allegationAgainst("slt", Role.HEADTEACHER, "An allegation against a DSL or a senior leader goes to the "
                + "headteacher as case manager; the LADO decision is due within one working day", true);
    }

    private static IncidentClosed closed() {
        return new IncidentClosed(ID, Outcome.RESOLVED, "Comment deleted and parent spoken to");
    }

    private static LadoReferralDetails ladoDetails() {
        return new LadoReferralDetails(new LadoReferralDetails.Adult("Mr Green", "Teaching assistant", "Permanent"),
                new LadoReferralDetails.Allegation("Messaged a pupil privately", "2026-11-17", "Instagram", "Parent"),
                List.of("Amy Brown"), "Suspended access to school accounts",
                new LadoReferralDetails.Informed(true, false, true));
    }

    // Routing

    @Test
    void givenComputingLeadAvailable_whenOrangeFormReported_thenRoutedToComputingLead() {
        fixture.givenNoPriorActivity()
            .when(report(Form.E_SAFETY, Category.UNDERMINING_COMMENT, false, true), AuditMetaData.of(TEACHER))
            .expectEvents(atComputingLead());
    }

    @Test
    void givenComputingLeadUnavailable_whenOrangeFormReported_thenRoutedToDsl() {
        fixture.givenNoPriorActivity()
            .when(report(Form.E_SAFETY, Category.UNDERMINING_COMMENT, false, false), AuditMetaData.of(TEACHER))
            .expectEvents(reported(Form.E_SAFETY, Category.UNDERMINING_COMMENT, false, Level.DSL,
                    "The orange e-safety form goes to the DSL because the computing lead is unavailable"));
    }

    @Test
    void givenNothing_whenYellowFormReported_thenRoutedStraightToDsl() {
        fixture.givenNoPriorActivity()
            .when(report(Form.SAFEGUARDING, Category.CYBERBULLYING, false, true), AuditMetaData.of(TEACHER))
            .expectEvents(atDsl());
    }

    @Test
    void givenNothing_whenClearSafeguardingCategoryOnOrangeForm_thenRoutedStraightToDsl() {
        fixture.givenNoPriorActivity()
            .when(report(Form.E_SAFETY, Category.SEXUAL_IMAGERY, false, true), AuditMetaData.of(TEACHER))
            .expectEvents(reported(Form.E_SAFETY, Category.SEXUAL_IMAGERY, false, Level.DSL,
                    "SEXUAL_IMAGERY is a clear safeguarding matter and goes straight to the DSL"));
    }

    @ParameterizedTest
    @EnumSource(value = Category.class,
            names = { "FILTERING_BREACH", "SEXUAL_IMAGERY", "CYBERBULLYING", "ILLEGAL_CONTENT", "RADICALISATION" })
    void givenComputingLeadAvailable_whenChildOnChildHarmOnOrangeForm_thenRoutedStraightToDsl(Category harm) {
        fixture.givenNoPriorActivity()
            .when(report(Form.E_SAFETY, harm, false, true), AuditMetaData.of(TEACHER))
            .expectEvents(reported(Form.E_SAFETY, harm, false, Level.DSL,
                    harm + " is a clear safeguarding matter and goes straight to the DSL"));
    }

    @ParameterizedTest
    @EnumSource(value = Category.class, names = { "OFFENSIVE_LANGUAGE", "UNSUITABLE_CONTENT", "COPYRIGHT", "OTHER" })
    void givenComputingLeadAvailable_whenOtherESafetyMatterOnOrangeForm_thenRoutedToComputingLead(Category matter) {
        fixture.givenNoPriorActivity()
            .when(report(Form.E_SAFETY, matter, false, true), AuditMetaData.of(TEACHER))
            .expectEvents(reported(Form.E_SAFETY, matter, false, Level.COMPUTING_LEAD,
                    "The orange e-safety form goes to the computing lead"));
    }

    private static ReportIncident complaint(Category category, List<Subject> naming) {
        return new ReportIncident(ID, Form.E_SAFETY, category, "Summary", "Details", OCCURRED, Channel.SCHOOL_ACCOUNT,
                "Twitter", COMMENT, naming, false, true);
    }

    private static IncidentReported complaintReported(Category category, List<Subject> naming, Level level,
            Role assignedRole, String routing) {
        return new IncidentReported(ID, Form.E_SAFETY, category, "Summary", "Details", OCCURRED, Channel.SCHOOL_ACCOUNT,
                "Twitter", COMMENT, naming, false, level, assignedRole, routing, "teacher", NOW, ONE_WORKING_DAY_LATER,
                null);
    }

    @ParameterizedTest
    @EnumSource(value = SubjectKind.class, names = { "PUPIL", "STAFF", "GOVERNOR", "VOLUNTEER" })
    void givenComputingLeadAvailable_whenComplaintNamingPeopleOfTheSchoolReported_thenHeadteacher(SubjectKind kind) {
        var naming = List.of(new Subject(kind, "Named person", null));
        fixture.givenNoPriorActivity()
            .when(complaint(Category.COMPLAINT, naming), AuditMetaData.of(TEACHER))
            .expectEvents(complaintReported(Category.COMPLAINT, naming, Level.SLT, Role.HEADTEACHER,
                    "COMPLAINT naming staff, pupils, governors or volunteers goes to the headteacher"));
    }

    @Test
    void givenComputingLeadAvailable_whenInappropriateReferenceNamingAPupilReported_thenHeadteacher() {
        fixture.givenNoPriorActivity()
            .when(complaint(Category.INAPPROPRIATE_REFERENCE, PUPIL), AuditMetaData.of(TEACHER))
            .expectEvents(complaintReported(Category.INAPPROPRIATE_REFERENCE, PUPIL, Level.SLT, Role.HEADTEACHER,
                    "INAPPROPRIATE_REFERENCE naming staff, pupils, governors or volunteers goes to the headteacher"));
    }

    @Test
    void givenNothing_whenComplaintNamingTheHeadteacherReported_thenTheChairOfGovernors() {
        var naming = List.of(new Subject(SubjectKind.STAFF, "The head", "head"));
        fixture.givenNoPriorActivity()
            .when(complaint(Category.COMPLAINT, naming), AuditMetaData.of(TEACHER))
            .expectEvents(complaintReported(Category.COMPLAINT, naming, Level.SLT, Role.CHAIR_OF_GOVERNORS,
                    "COMPLAINT naming the headteacher goes to the chair of governors"));
    }

    @Test
    void givenComputingLeadAvailable_whenComplaintNamingNoOneOfTheSchoolReported_thenComputingLead() {
        var naming = List.of(new Subject(SubjectKind.PARENT, "A parent", null));
        fixture.givenNoPriorActivity()
            .when(complaint(Category.COMPLAINT, naming), AuditMetaData.of(TEACHER))
            .expectEvents(complaintReported(Category.COMPLAINT, naming, Level.COMPUTING_LEAD, Role.COMPUTING_LEAD,
                    "The orange e-safety form goes to the computing lead"));
    }

    @Test
    void givenNothing_whenAllegationAgainstAdultReported_thenHeadteacherWithLadoDecisionDueInOneWorkingDay() {
        fixture.givenNoPriorActivity()
            .when(report(Form.SAFEGUARDING, Category.STAFF_CONDUCT, true, true), AuditMetaData.of(TEACHER))
            .expectEvents(allegationAtSlt());
    }

    @Test
    void givenNothing_whenLowLevelStaffConductConcernReported_thenHeadteacherWithoutLadoClock() {
        fixture.givenNoPriorActivity()
            .when(report(Form.E_SAFETY, Category.STAFF_CONDUCT, false, true), AuditMetaData.of(TEACHER))
            .expectEvents(reported(Form.E_SAFETY, Category.STAFF_CONDUCT, false, Level.SLT,
                    "A low-level concern about an adult's conduct goes to the headteacher"));
    }

    @Test
    void givenNothing_whenGovernorReports_thenForbidden() {
        fixture.givenNoPriorActivity()
            .when(report(Form.E_SAFETY, Category.OTHER, false, true), AuditMetaData.of(GOVERNOR))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("Only members of staff report incidents")
            .expectNoEvents();
    }

    @Test
    void givenNothing_whenContentRefOffASchoolAccount_thenUnprocessable() {
        var onPersonalAccount = new ReportIncident(ID, Form.E_SAFETY, Category.CYBERBULLYING, "Summary", null, OCCURRED,
                Channel.PERSONAL_ACCOUNT, null, COMMENT, PUPIL, false, true);

        fixture.givenNoPriorActivity()
            .when(onPersonalAccount, AuditMetaData.of(TEACHER))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    // Conflict of interest (KCSIE part 4): no one manages, or takes part in, a case about
    // themselves

    @Test
    void givenNothing_whenAllegationAgainstTheHeadReported_thenTheChairOfGovernorsIsCaseManagerWithLadoDecisionDue() {
        fixture.givenNoPriorActivity()
            .when(allegationAgainst("head", true), AuditMetaData.of(TEACHER))
            .expectEvents(allegationAgainstTheHeadteacher());
    }

    @Test
    void givenNothing_whenAllegationNamesTheHeadteacherInOtherCaseWithSpaces_thenTheChairOfGovernorsIsCaseManager() {
        fixture.givenNoPriorActivity()
            .when(allegationAgainst("  HEAD ", true), AuditMetaData.of(TEACHER))
            .expectEvents(allegationAgainst("  HEAD ", Role.CHAIR_OF_GOVERNORS,
                    allegationAgainstTheHeadteacher().routing(), true));
    }

    @Test
    void givenNothing_whenLowLevelConcernAboutTheHeadteacherReported_thenTheChairOfGovernorsWithoutLadoClock() {
        fixture.givenNoPriorActivity()
            .when(allegationAgainst("head", false), AuditMetaData.of(TEACHER))
            .expectEvents(allegationAgainst("head", Role.CHAIR_OF_GOVERNORS,
                    "A low-level concern about the headteacher goes to the chair of governors", false));
    }

    @Test
    void givenNothing_whenAllegationAgainstASeniorLeaderReported_thenTheHeadteacherIsCaseManager() {
        fixture.givenNoPriorActivity()
            .when(allegationAgainst("slt", true), AuditMetaData.of(TEACHER))
            .expectEvents(allegationAgainstASeniorLeader());
    }

    @Test
    void givenNothing_whenAllegationAgainstTheDslReported_thenTheHeadteacherIsCaseManager() {
        fixture.givenNoPriorActivity()
            .when(allegationAgainst("dsl", true), AuditMetaData.of(TEACHER))
            .expectEvents(allegationAgainst("dsl", Role.HEADTEACHER, allegationAgainstASeniorLeader().routing(), true));
    }

    @Test
    void givenAllegationAgainstTheHeadteacher_whenTheChairAcknowledges_thenAcknowledged() {
        fixture.given(allegationAgainstTheHeadteacher())
            .when(new AcknowledgeIncident(ID, null), AuditMetaData.of(CHAIR))
            .expectEvents(new IncidentAcknowledged(ID, Level.SLT, NOW, NOW));
    }

    @Test
    void givenAllegationAgainstTheHeadteacher_whenTheHeadteacherAcknowledges_thenForbidden() {
        fixture.given(allegationAgainstTheHeadteacher())
            .when(new AcknowledgeIncident(ID, null), AuditMetaData.of(HEAD))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("You have no need to know this incident")
            .expectNoEvents();
    }

    @Test
    void givenAllegationAgainstTheHeadteacher_whenTheDeputyAcknowledges_thenForbiddenBecauseItIsTheChairsCase() {
        fixture.given(allegationAgainstTheHeadteacher())
            .when(new AcknowledgeIncident(ID, null), AuditMetaData.of(DEPUTY))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("Only the chair of governors, the case manager, may acknowledge this incident")
            .expectNoEvents();
    }

    @Test
    void givenAllegationAgainstTheHeadteacher_whenTheChairRefersToLado_thenReferredWithinOneWorkingDay() {
        fixture.given(allegationAgainstTheHeadteacher())
            .when(new ReferToLado(ID, ladoDetails(), "Harm threshold met", null), AuditMetaData.of(CHAIR))
            .expectEvents(
                    new ReferredToLADO(ID, ladoDetails(), "Harm threshold met", NOW, ONE_WORKING_DAY_LATER, true));
    }

    @Test
    void givenAllegationAgainstTheHeadteacher_whenTheChairDecidesNotToRefer_thenDecisionRecorded() {
        fixture.given(allegationAgainstTheHeadteacher())
            .when(new DecideNotToReferToLado(ID, "Below the harm threshold", null), AuditMetaData.of(CHAIR))
            .expectEvents(
                    new DecidedNotToReferToLADO(ID, "Below the harm threshold", NOW, ONE_WORKING_DAY_LATER, true));
    }

    @Test
    void givenAllegationAgainstTheHeadteacher_whenTheDslRefersToLado_thenForbiddenBecauseItIsTheChairsCase() {
        fixture.given(allegationAgainstTheHeadteacher())
            .when(new ReferToLado(ID, ladoDetails(), "r", null), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("Only the chair of governors, the case manager, may refer to the LADO")
            .expectNoEvents();
    }

    @Test
    void givenAllegationAgainstTheHeadteacher_whenTheChairAddsANote_thenNoteAdded() {
        fixture.given(allegationAgainstTheHeadteacher())
            .when(new AddNote(ID, "Spoke to the LADO by phone", null), AuditMetaData.of(CHAIR))
            .expectEvents(new NoteAdded(ID, "Spoke to the LADO by phone"));
    }

    @Test
    void givenAllegationAgainstASeniorLeader_whenTheyAddANote_thenForbidden() {
        fixture.given(allegationAgainstASeniorLeader())
            .when(new AddNote(ID, "It was not like that", null), AuditMetaData.of(SLT))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("You have no need to know this incident")
            .expectNoEvents();
    }

    @Test
    void givenAllegation_whenItsReporterAddsANote_thenNoteAdded() {
        fixture.given(allegationAtSlt())
            .when(new AddNote(ID, "I kept the screenshots", null), AuditMetaData.of(TEACHER))
            .expectEvents(new NoteAdded(ID, "I kept the screenshots"));
    }

    @Test
    void givenAllegation_whenItsReporterWhoIsAComputingLeadRecordsAModerationAction_thenForbidden() {
        var reportedByTheComputingLead = new IncidentReported(ID, Form.SAFEGUARDING, Category.STAFF_CONDUCT, "Summary",
                "Details", OCCURRED, Channel.SCHOOL_ACCOUNT, "Twitter", COMMENT, TEACHING_ASSISTANT, true, Level.SLT,
                Role.HEADTEACHER, "routing", "computing", NOW, ONE_WORKING_DAY_LATER, ONE_WORKING_DAY_LATER);

        fixture.given(reportedByTheComputingLead)
            .when(new RecordModerationAction(ID, "a", ModerationActionType.REPORT_TO_PLATFORM, "n", null),
                    AuditMetaData.of(COMPUTING))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("As its reporter you may add notes; the rest is for those who see the case file")
            .expectNoEvents();
    }

    @Test
    void givenAllegation_whenASeniorLeaderWithoutNeedToKnowAcknowledges_thenForbidden() {
        fixture.given(allegationAtSlt())
            .when(new AcknowledgeIncident(ID, null), AuditMetaData.of(SLT))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("You have no need to know this incident")
            .expectNoEvents();
    }

    @Test
    void givenAllegationManagedByTheHeadteacher_whenTheChairAcknowledges_thenForbidden() {
        fixture.given(allegationAtSlt())
            .when(new AcknowledgeIncident(ID, null), AuditMetaData.of(CHAIR))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("You have no need to know this incident")
            .expectNoEvents();
    }

    // Acknowledgement and who may act at which level

    @Test
    void givenAtComputingLead_whenComputingLeadAcknowledges_thenAcknowledged() {
        fixture.given(atComputingLead())
            .when(new AcknowledgeIncident(ID, null), AuditMetaData.of(COMPUTING))
            .expectEvents(new IncidentAcknowledged(ID, Level.COMPUTING_LEAD, NOW, NOW));
    }

    @Test
    void givenAtComputingLead_whenDslAcknowledges_thenAcknowledgedFromAbove() {
        fixture.given(atComputingLead())
            .when(new AcknowledgeIncident(ID, null), AuditMetaData.of(DSL))
            .expectEvents(new IncidentAcknowledged(ID, Level.COMPUTING_LEAD, NOW, NOW));
    }

    @Test
    void givenAtComputingLead_whenTeacherAcknowledges_thenForbidden() {
        fixture.given(atComputingLead())
            .when(new AcknowledgeIncident(ID, null), AuditMetaData.of(TEACHER))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenAtDsl_whenComputingLeadAcknowledges_thenForbidden() {
        fixture.given(atDsl())
            .when(new AcknowledgeIncident(ID, null), AuditMetaData.of(COMPUTING))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenAtSlt_whenDslAcknowledges_thenForbidden() {
        fixture.given(allegationAtSlt())
            .when(new AcknowledgeIncident(ID, null), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenAtSlt_whenDeputyWhoIsSltAcknowledges_thenAcknowledged() {
        fixture.given(allegationAtSlt())
            .when(new AcknowledgeIncident(ID, null), AuditMetaData.of(DEPUTY))
            .expectEvents(new IncidentAcknowledged(ID, Level.SLT, NOW, NOW));
    }

    @Test
    void givenAcknowledged_whenAcknowledgedAgain_thenConflict() {
        fixture.given(atDsl(), new IncidentAcknowledged(ID, Level.DSL, NOW, NOW))
            .when(new AcknowledgeIncident(ID, null), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    // Escalation only goes up

    @Test
    void givenAtComputingLead_whenComputingLeadEscalatesToDsl_thenEscalatedWithANewClock() {
        fixture.given(atComputingLead())
            .when(new EscalateToDsl(ID, "Parent is threatening staff", null),
                    AuditMetaData.of(COMPUTING, "Parent is threatening staff"))
            .expectEvents(new EscalatedToDSL(ID, Level.COMPUTING_LEAD, "Parent is threatening staff", false, NOW,
                    ONE_WORKING_DAY_LATER));
    }

    @Test
    void givenAtDsl_whenEscalatedToDslAgain_thenConflict() {
        fixture.given(atDsl())
            .when(new EscalateToDsl(ID, "again", null), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("The incident is already at DSL; escalation only goes up")
            .expectNoEvents();
    }

    @Test
    void givenAtSlt_whenEscalatedDownToDsl_thenConflict() {
        fixture.given(allegationAtSlt())
            .when(new EscalateToDsl(ID, "down", null), AuditMetaData.of(HEAD))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenAtDsl_whenComputingLeadEscalates_thenForbidden() {
        fixture.given(atDsl())
            .when(new EscalateToSlt(ID, "beyond me", null), AuditMetaData.of(COMPUTING))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenUnacknowledged_whenSystemEscalates_thenEscalatedAutomatically() {
        fixture.given(atComputingLead())
            .when(new EscalateToDsl(ID, "Not acknowledged in time", null),
                    AuditMetaData.of(Actor.SYSTEM, "Not acknowledged in time"))
            .expectEvents(new EscalatedToDSL(ID, Level.COMPUTING_LEAD, "Not acknowledged in time", true, NOW,
                    ONE_WORKING_DAY_LATER));
    }

    @Test
    void givenAcknowledged_whenSystemEscalates_thenRefused() {
        fixture.given(atComputingLead(), new IncidentAcknowledged(ID, Level.COMPUTING_LEAD, NOW, NOW))
            .when(new EscalateToDsl(ID, "Not acknowledged in time", null), AuditMetaData.of(Actor.SYSTEM))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenUnacknowledgedAtSlt_whenSystemRecordsMissedDeadline_thenOverdue() {
        fixture.given(allegationAtSlt())
            .when(new RecordDeadlineMissed(ID, DeadlineKind.ACKNOWLEDGEMENT, ONE_WORKING_DAY_LATER, "late"),
                    AuditMetaData.of(Actor.SYSTEM))
            .expectEvents(new DeadlineMissed(ID, DeadlineKind.ACKNOWLEDGEMENT, ONE_WORKING_DAY_LATER, Level.SLT));
    }

    @Test
    void givenOpen_whenAPersonRecordsAMissedDeadline_thenForbidden() {
        fixture.given(allegationAtSlt())
            .when(new RecordDeadlineMissed(ID, DeadlineKind.LADO_DECISION, ONE_WORKING_DAY_LATER, "late"),
                    AuditMetaData.of(HEAD))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    // Deadlines the reconciler puts back

    private static final String MISSING = "The scheduler no longer held this deadline";

    @Test
    void givenUnacknowledged_whenSystemReinstatesTheAcknowledgementDeadline_thenReinstatedDueAsBefore() {
        fixture.given(atComputingLead())
            .when(new ReinstateDeadline(ID, DeadlineKind.ACKNOWLEDGEMENT, ONE_WORKING_DAY_LATER, MISSING),
                    AuditMetaData.of(Actor.SYSTEM, MISSING))
            .expectEvents(new DeadlineReinstated(ID, DeadlineKind.ACKNOWLEDGEMENT, ONE_WORKING_DAY_LATER,
                    Level.COMPUTING_LEAD, MISSING));
    }

    @Test
    void givenAllegationWithoutDecision_whenSystemReinstatesTheLadoDecisionDeadline_thenReinstated() {
        fixture.given(allegationAtSlt(), new IncidentAcknowledged(ID, Level.SLT, NOW, NOW))
            .when(new ReinstateDeadline(ID, DeadlineKind.LADO_DECISION, ONE_WORKING_DAY_LATER, MISSING),
                    AuditMetaData.of(Actor.SYSTEM, MISSING))
            .expectEvents(
                    new DeadlineReinstated(ID, DeadlineKind.LADO_DECISION, ONE_WORKING_DAY_LATER, Level.SLT, MISSING));
    }

    @Test
    void givenUnacknowledged_whenAPersonReinstatesADeadline_thenForbidden() {
        fixture.given(atDsl())
            .when(new ReinstateDeadline(ID, DeadlineKind.ACKNOWLEDGEMENT, ONE_WORKING_DAY_LATER, MISSING),
                    AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenAcknowledged_whenSystemReinstatesTheAcknowledgementDeadline_thenConflictBecauseItWasMet() {
        fixture.given(atComputingLead(), new IncidentAcknowledged(ID, Level.COMPUTING_LEAD, NOW, NOW))
            .when(new ReinstateDeadline(ID, DeadlineKind.ACKNOWLEDGEMENT, ONE_WORKING_DAY_LATER, MISSING),
                    AuditMetaData.of(Actor.SYSTEM))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenEscalatedWithANewClock_whenSystemReinstatesTheOldDueTime_thenConflict() {
        Instant newDue = ONE_WORKING_DAY_LATER.plus(Duration.ofDays(1));
        fixture.given(atComputingLead(), new EscalatedToDSL(ID, Level.COMPUTING_LEAD, "late", true, NOW, newDue))
            .when(new ReinstateDeadline(ID, DeadlineKind.ACKNOWLEDGEMENT, ONE_WORKING_DAY_LATER, MISSING),
                    AuditMetaData.of(Actor.SYSTEM))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenEscalatedWithANewClock_whenSystemReinstatesTheNewDueTime_thenReinstatedAtTheNewLevel() {
        Instant newDue = ONE_WORKING_DAY_LATER.plus(Duration.ofDays(1));
        fixture.given(atComputingLead(), new EscalatedToDSL(ID, Level.COMPUTING_LEAD, "late", true, NOW, newDue))
            .when(new ReinstateDeadline(ID, DeadlineKind.ACKNOWLEDGEMENT, newDue, MISSING),
                    AuditMetaData.of(Actor.SYSTEM))
            .expectEvents(new DeadlineReinstated(ID, DeadlineKind.ACKNOWLEDGEMENT, newDue, Level.DSL, MISSING));
    }

    @Test
    void givenAcknowledgementOverdueAtSlt_whenSystemReinstatesIt_thenConflictBecauseItAlreadyRanOut() {
        fixture
            .given(allegationAtSlt(),
                    new DeadlineMissed(ID, DeadlineKind.ACKNOWLEDGEMENT, ONE_WORKING_DAY_LATER, Level.SLT))
            .when(new ReinstateDeadline(ID, DeadlineKind.ACKNOWLEDGEMENT, ONE_WORKING_DAY_LATER, MISSING),
                    AuditMetaData.of(Actor.SYSTEM))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenLadoDecisionMade_whenSystemReinstatesTheLadoDecisionDeadline_thenConflict() {
        fixture
            .given(allegationAtSlt(),
                    new DecidedNotToReferToLADO(ID, "Below the harm threshold", NOW, ONE_WORKING_DAY_LATER, true))
            .when(new ReinstateDeadline(ID, DeadlineKind.LADO_DECISION, ONE_WORKING_DAY_LATER, MISSING),
                    AuditMetaData.of(Actor.SYSTEM))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenClosed_whenSystemReinstatesADeadline_thenConflict() {
        fixture.given(atComputingLead(), closed())
            .when(new ReinstateDeadline(ID, DeadlineKind.ACKNOWLEDGEMENT, ONE_WORKING_DAY_LATER, MISSING),
                    AuditMetaData.of(Actor.SYSTEM))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenReopened_whenSystemReinstatesTheNewAcknowledgementDeadline_thenReinstated() {
        Instant reopenedDue = ONE_WORKING_DAY_LATER.plus(Duration.ofDays(7));
        fixture
            .given(allegationAtSlt(),
                    new DeadlineMissed(ID, DeadlineKind.ACKNOWLEDGEMENT, ONE_WORKING_DAY_LATER, Level.SLT),
                    new ReferredToLADO(ID, ladoDetails(), "r", NOW, ONE_WORKING_DAY_LATER, true),
                    new IncidentClosed(ID, Outcome.UNFOUNDED, "r"),
                    new IncidentReopened(ID, Level.SLT, "New information", reopenedDue))
            .when(new ReinstateDeadline(ID, DeadlineKind.ACKNOWLEDGEMENT, reopenedDue, MISSING),
                    AuditMetaData.of(Actor.SYSTEM))
            .expectEvents(new DeadlineReinstated(ID, DeadlineKind.ACKNOWLEDGEMENT, reopenedDue, Level.SLT, MISSING));
    }

    // LADO

    @Test
    void givenAllegation_whenHeadteacherRefersToLadoInTime_thenReferredWithinOneWorkingDay() {
        fixture.given(allegationAtSlt())
            .when(new ReferToLado(ID, ladoDetails(), "Harm threshold met", null), AuditMetaData.of(HEAD))
            .expectEvents(
                    new ReferredToLADO(ID, ladoDetails(), "Harm threshold met", NOW, ONE_WORKING_DAY_LATER, true));
    }

    @Test
    void givenAllegation_whenComputingLeadRefersToLado_thenForbidden() {
        fixture.given(allegationAtSlt())
            .when(new ReferToLado(ID, ladoDetails(), "r", null), AuditMetaData.of(COMPUTING))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenNoAdultSubject_whenReferredToLado_thenUnprocessable() {
        fixture.given(atDsl())
            .when(new ReferToLado(ID, ladoDetails(), "r", null), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectExceptionMessage(
                    "A LADO referral is about an adult who works with children (STAFF, VOLUNTEER or GOVERNOR subject)")
            .expectNoEvents();
    }

    @Test
    void givenAllegation_whenDecidedNotToRefer_thenDecisionRecordedWithRationale() {
        fixture.given(allegationAtSlt())
            .when(new DecideNotToReferToLado(ID, "Below the harm threshold; low-level concern", null),
                    AuditMetaData.of(HEAD))
            .expectEvents(new DecidedNotToReferToLADO(ID, "Below the harm threshold; low-level concern", NOW,
                    ONE_WORKING_DAY_LATER, true));
    }

    @Test
    void givenAllegationWithoutLadoDecision_whenClosed_thenUnprocessable() {
        fixture.given(allegationAtSlt())
            .when(new CloseIncident(ID, Outcome.UNFOUNDED, "No evidence", null), AuditMetaData.of(HEAD))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("Refer the allegation to the LADO, or record the decision not to, before closing")
            .expectNoEvents();
    }

    @Test
    void givenAllegationReferred_whenClosedAsUnfounded_thenClosed() {
        fixture.given(allegationAtSlt(), new ReferredToLADO(ID, ladoDetails(), "r", NOW, ONE_WORKING_DAY_LATER, true))
            .when(new CloseIncident(ID, Outcome.UNFOUNDED, "LADO advised no further action", null),
                    AuditMetaData.of(HEAD))
            .expectEvents(new IncidentClosed(ID, Outcome.UNFOUNDED, "LADO advised no further action"));
    }

    // Closing and reopening

    @Test
    void givenAtDsl_whenClosedWithoutRationale_thenUnprocessable() {
        fixture.given(atDsl())
            .when(new CloseIncident(ID, Outcome.RESOLVED, " ", null), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("Closing needs a rationale")
            .expectNoEvents();
    }

    @Test
    void givenAtDsl_whenClosedWithoutOutcome_thenUnprocessable() {
        fixture.given(atDsl())
            .when(new CloseIncident(ID, null, "done", null), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("Closing needs an outcome")
            .expectNoEvents();
    }

    @Test
    void givenNotAnAllegation_whenClosedAsSubstantiated_thenUnprocessable() {
        fixture.given(atDsl())
            .when(new CloseIncident(ID, Outcome.SUBSTANTIATED, "done", null), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenAtDsl_whenComputingLeadCloses_thenForbidden() {
        fixture.given(atDsl())
            .when(new CloseIncident(ID, Outcome.RESOLVED, "done", null), AuditMetaData.of(COMPUTING))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenAtComputingLead_whenComputingLeadCloses_thenClosed() {
        fixture.given(atComputingLead())
            .when(new CloseIncident(ID, Outcome.RESOLVED, "Comment deleted and parent spoken to", null),
                    AuditMetaData.of(COMPUTING))
            .expectEvents(closed());
    }

    @Test
    void givenClosed_whenClosedAgain_thenConflict() {
        fixture.given(atComputingLead(), closed())
            .when(new CloseIncident(ID, Outcome.RESOLVED, "again", null), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("The incident is already closed")
            .expectNoEvents();
    }

    @Test
    void givenClosed_whenNoteAdded_thenConflict() {
        fixture.given(atComputingLead(), closed())
            .when(new AddNote(ID, "late note", null), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("The incident is closed; it can only be reopened")
            .expectNoEvents();
    }

    @Test
    void givenClosed_whenEscalated_thenConflict() {
        fixture.given(atComputingLead(), closed())
            .when(new EscalateToDsl(ID, "r", null), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenClosed_whenDslReopens_thenOpenAgainWithANewAcknowledgementClock() {
        fixture.given(atComputingLead(), closed())
            .when(new ReopenIncident(ID, "The parent posted again", null), AuditMetaData.of(DSL))
            .expectEvents(
                    new IncidentReopened(ID, Level.COMPUTING_LEAD, "The parent posted again", ONE_WORKING_DAY_LATER));
    }

    @Test
    void givenClosed_whenComputingLeadReopens_thenForbidden() {
        fixture.given(atComputingLead(), closed())
            .when(new ReopenIncident(ID, "r", null), AuditMetaData.of(COMPUTING))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenOpen_whenReopened_thenConflict() {
        fixture.given(atDsl())
            .when(new ReopenIncident(ID, "r", null), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    // Moderation

    @Test
    void givenCommentOnSchoolAccount_whenDeleteContentRecorded_thenPendingUntilPostServiceConfirms() {
        fixture.given(atComputingLead())
            .when(new RecordModerationAction(ID, "action-1", ModerationActionType.DELETE_CONTENT, "Undermines staff",
                    null), AuditMetaData.of(COMPUTING))
            .expectEvents(new ModerationActionRecorded(ID, "action-1", ModerationActionType.DELETE_CONTENT,
                    "Undermines staff", COMMENT, ModerationStatus.PENDING));
    }

    @Test
    void givenCommentOnSchoolAccount_whenBlockUserRecorded_thenPendingUntilPostServiceConfirms() {
        fixture.given(atComputingLead())
            .when(new RecordModerationAction(ID, "action-3", ModerationActionType.BLOCK_USER, "Repeated abuse", null),
                    AuditMetaData.of(COMPUTING))
            .expectEvents(new ModerationActionRecorded(ID, "action-3", ModerationActionType.BLOCK_USER,
                    "Repeated abuse", COMMENT, ModerationStatus.PENDING));
    }

    @Test
    void givenOpen_whenReportToPlatformRecorded_thenDone() {
        fixture.given(atComputingLead())
            .when(new RecordModerationAction(ID, "action-2", ModerationActionType.REPORT_TO_PLATFORM, "Reported to X",
                    null), AuditMetaData.of(COMPUTING))
            .expectEvents(new ModerationActionRecorded(ID, "action-2", ModerationActionType.REPORT_TO_PLATFORM,
                    "Reported to X", null, ModerationStatus.DONE));
    }

    @Test
    void givenOpen_whenTeacherRecordsModerationAction_thenForbidden() {
        fixture.given(atComputingLead())
            .when(new RecordModerationAction(ID, "a", ModerationActionType.BLOCK_USER, "n", null),
                    AuditMetaData.of(TEACHER))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenOpen_whenGovernorAddsNote_thenForbidden() {
        fixture.given(atDsl())
            .when(new AddNote(ID, "a governor's note", null), AuditMetaData.of(GOVERNOR))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenOpen_whenNoActorIsNamed_thenNothingIsAllowed() {
        fixture.given(atDsl())
            .when(new AcknowledgeIncident(ID, null))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenPendingDeletion_whenPostServiceConfirms_thenCompletedEvenAfterClosure() {
        fixture
            .given(atComputingLead(),
                    new ModerationActionRecorded(ID, "action-1", ModerationActionType.DELETE_CONTENT,
                            "Undermines staff", COMMENT, ModerationStatus.PENDING),
                    closed())
            .when(new CompleteModerationAction(ID, "action-1"), AuditMetaData.of(Actor.SYSTEM))
            .expectEvents(new ModerationActionCompleted(ID, "action-1"));
    }

    @Test
    void givenDeletionAlreadyCompleted_whenConfirmedAgain_thenConflictAndNothingTwice() {
        fixture
            .given(atComputingLead(),
                    new ModerationActionRecorded(ID, "action-1", ModerationActionType.DELETE_CONTENT,
                            "Undermines staff", COMMENT, ModerationStatus.PENDING),
                    new ModerationActionCompleted(ID, "action-1"))
            .when(new CompleteModerationAction(ID, "action-1"), AuditMetaData.of(Actor.SYSTEM))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenPendingDeletion_whenAPersonClaimsItDone_thenForbidden() {
        fixture
            .given(atComputingLead(),
                    new ModerationActionRecorded(ID, "action-1", ModerationActionType.DELETE_CONTENT,
                            "Undermines staff", COMMENT, ModerationStatus.PENDING))
            .when(new CompleteModerationAction(ID, "action-1"), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    // Correcting the subjects

    @Test
    void givenComplaintNamingAParent_whenComputingLeadCorrectsItToNameAPupil_thenReroutedToTheHeadteacher() {
        var parent = List.of(new Subject(SubjectKind.PARENT, "A parent", null));
        fixture
            .given(complaintReported(Category.COMPLAINT, parent, Level.COMPUTING_LEAD, Role.COMPUTING_LEAD,
                    "The orange e-safety form goes to the computing lead"))
            .when(new CorrectSubjects(ID, PUPIL, "The post names a pupil", null), AuditMetaData.of(COMPUTING))
            .expectEvents(new SubjectsCorrected(ID, parent, PUPIL, true, Level.SLT, Role.HEADTEACHER,
                    "COMPLAINT naming staff, pupils, governors or volunteers goes to the headteacher", NOW,
                    ONE_WORKING_DAY_LATER));
    }

    @Test
    void givenAllegationAtTheHeadteacher_whenCorrectedToNameTheHeadteacher_thenTheChairOfGovernorsIsCaseManager() {
        fixture.given(allegationAtSlt())
            .when(new CorrectSubjects(ID, naming("head"), "It is the headteacher the parent means", null),
                    AuditMetaData.of(DEPUTY))
            .expectEvents(new SubjectsCorrected(ID, TEACHING_ASSISTANT, naming("head"), true, Level.SLT,
                    Role.CHAIR_OF_GOVERNORS, allegationAgainstTheHeadteacher().routing(), NOW, ONE_WORKING_DAY_LATER));
    }

    @Test
    void givenYellowFormAtDsl_whenDslCorrectsTheSubjects_thenRecordedWhereItIs() {
        var twoPupils = List.of(PUPIL.get(0), new Subject(SubjectKind.PUPIL, "Ben Cole", "P-18"));
        fixture.given(atDsl())
            .when(new CorrectSubjects(ID, twoPupils, "A second pupil was in the chat", null), AuditMetaData.of(DSL))
            .expectEvents(new SubjectsCorrected(ID, PUPIL, twoPupils, false, Level.DSL, Role.DSL, null, NOW, null));
    }

    @Test
    void givenSubjectsCorrectedToAnAdult_whenReferredToLado_thenReferred() {
        var pupilOnly = new IncidentReported(ID, Form.SAFEGUARDING, Category.STAFF_CONDUCT, "Summary", "Details",
                OCCURRED, Channel.SCHOOL_ACCOUNT, "Twitter", COMMENT, PUPIL, true, Level.SLT, Role.HEADTEACHER,
                allegationAtSlt().routing(), "teacher", NOW, ONE_WORKING_DAY_LATER, ONE_WORKING_DAY_LATER);
        fixture
            .given(pupilOnly,
                    new SubjectsCorrected(ID, PUPIL, TEACHING_ASSISTANT, false, Level.SLT, Role.HEADTEACHER, null, NOW,
                            null))
            .when(new ReferToLado(ID, ladoDetails(), null, null), AuditMetaData.of(HEAD))
            .expectEvents(new ReferredToLADO(ID, ladoDetails(), null, NOW, ONE_WORKING_DAY_LATER, true));
    }

    @Test
    void givenAtDsl_whenComputingLeadCorrectsTheSubjects_thenForbidden() {
        fixture.given(reported(Form.E_SAFETY, Category.CYBERBULLYING, false, Level.DSL, "routed"))
            .when(new CorrectSubjects(ID, TEACHING_ASSISTANT, "Wrong person", null), AuditMetaData.of(COMPUTING))
            .expectException(RuleViolation.class)
            .expectNoEvents();
    }

    @Test
    void givenAtDsl_whenSubjectsCorrectedWithoutReason_thenUnprocessable() {
        fixture.given(atDsl())
            .when(new CorrectSubjects(ID, TEACHING_ASSISTANT, " ", null), AuditMetaData.of(DSL))
            .expectException(RuleViolation.class)
            .expectExceptionMessage("A correction of the subjects needs a reason")
            .expectNoEvents();
    }

}
