package org.safeguarding.incident.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.incident.audit.KnownPupils;
import org.safeguarding.incident.audit.Pseudonyms;
import org.safeguarding.incident.incident.IncidentView;
import org.safeguarding.incident.timeline.TimelineEntry;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Channel;
import org.safeguarding.kernel.api.incident.DataSubjectKind;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.IncidentReported;
import org.safeguarding.kernel.api.incident.Level;
import org.safeguarding.kernel.api.incident.ReferredToPolice;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.incident.SubjectKind;
import org.safeguarding.kernel.api.post.CommentConcerning;
import org.safeguarding.kernel.api.post.ConsentChange;
import org.safeguarding.kernel.api.post.DataSubject;
import org.safeguarding.kernel.api.post.SubjectRecords;
import org.safeguarding.kernel.api.post.WrittenConsent;
import org.safeguarding.kernel.audit.AuditKeys;
import org.safeguarding.kernel.security.SchoolDirectory;

class BundleAssemblyTest {

    private static final Instant AT = Instant.parse("2026-11-16T10:00:00Z");

    private static final DataSubject AMY = new DataSubject("P-1", "Amy Brown", null);

    @TempDir
    Path keyStore;

    Pseudonyms pseudonyms;

    @BeforeEach
    void keys() {
        pseudonyms = new Pseudonyms(AuditKeys.open(keyStore));
    }

    private static IncidentView incident(String id, Form form, Category category, List<Subject> subjects,
            String details, Object... later) {
        IncidentView view = new IncidentView().apply(new GenericDomainEventMessage<>("Incident", id, 0,
                new IncidentReported(id, form, category, "Concern", details, AT, Channel.OFFLINE, null, null, subjects,
                        false, Level.DSL, Role.DSL, "yellow form", "teacher", AT, AT.plusSeconds(86400), null)));
        long sequence = 1;
        for (Object event : later) {
            view.apply(new GenericDomainEventMessage<>("Incident", id, sequence++, event));
        }
        return view;
    }

    private static TimelineEntry step(long seq, String username, String role, String summary) {
        return new TimelineEntry(seq, AT, "NOTE_ADDED", new TimelineEntry.ActorRef(username, role, null), null,
                summary);
    }

    private ThirdParties parties(DataSubject subject) {
        return ThirdParties.around(subject, pseudonyms)
            .pupils(List.of(new KnownPupils.KnownPupil("Amy Brown", "P-1"),
                    new KnownPupils.KnownPupil("Ben Jones", "P-2")))
            .staff(List.of(new SchoolDirectory.Listed("teacher", "Tessa Teacher", Set.of(Role.STAFF)),
                    new SchoolDirectory.Listed("dsl", "Dee Lead", Set.of(Role.DSL))))
            .authors(List.of("@a_parent"))
            .build();
    }

    @Test
    void aPupilIsNamedAsSubjectByRefOrInTheText() {
        var asSubject = new BundleAssembly.IncidentRecord(incident("i-1", Form.E_SAFETY, Category.CYBERBULLYING,
                List.of(new Subject(SubjectKind.PUPIL, null, "P-1")), "Messages in a group chat"), List.of());
        var inText = new BundleAssembly.IncidentRecord(
                incident("i-2", Form.E_SAFETY, Category.CYBERBULLYING,
                        List.of(new Subject(SubjectKind.PUPIL, "Ben Jones", "P-2")), "Ben sent Amy Brown a photo"),
                List.of());
        var notThem = new BundleAssembly.IncidentRecord(incident("i-3", Form.E_SAFETY, Category.CYBERBULLYING,
                List.of(new Subject(SubjectKind.PUPIL, "Ben Jones", "P-2")), "Ben alone"), List.of());

        assertThat(BundleAssembly.namedAs(AMY, DataSubjectKind.PUPIL, asSubject)).containsExactly("SUBJECT");
        assertThat(BundleAssembly.namedAs(AMY, DataSubjectKind.PUPIL, inText)).containsExactly("MENTIONED");
        assertThat(BundleAssembly.namedAs(AMY, DataSubjectKind.PUPIL, notThem)).isEmpty();
    }

    @Test
    void anAdultIsNamedAsReporterAndAsActorByUsername() {
        var record = new BundleAssembly.IncidentRecord(
                incident("i-1", Form.E_SAFETY, Category.CYBERBULLYING,
                        List.of(new Subject(SubjectKind.PUPIL, "Ben Jones", "P-2")), "Group chat"),
                List.of(step(0, "teacher", "STAFF", "Reported")));
        DataSubject tessa = new DataSubject(null, "Tessa Teacher", "teacher");

        assertThat(BundleAssembly.namedAs(tessa, DataSubjectKind.ADULT, record)).containsExactly("REPORTER", "ACTOR");
        assertThat(BundleAssembly.namedAs(tessa, DataSubjectKind.PUPIL, record)).isEmpty();
    }

    @Test
    void aYellowFormConcernReferredToThePoliceIsMarkedForBothExemptions() {
        var record = new BundleAssembly.IncidentRecord(incident("i-1", Form.SAFEGUARDING, Category.OTHER,
                List.of(new Subject(SubjectKind.PUPIL, "Amy Brown", "P-1")), "Disclosure",
                new ReferredToPolice("i-1", "Crime", "CR-1", AT)), List.of());

        Bundle bundle = BundleAssembly.assemble(AMY, DataSubjectKind.PUPIL, List.of(record),
                new SubjectRecords(List.of(), List.of(), List.of()), parties(AMY));

        assertThat(bundle.incidents().get(0).exemptions()).extracting(Exemption::code)
            .containsExactly("SAFEGUARDING_CONCERN", "POLICE_REFERRAL");
        assertThat(bundle.incidents().get(0).exemptions())
            .allSatisfy(mark -> assertThat(mark.reason()).contains("DPA 2018"));
    }

    @Test
    void anESafetyIncidentWithoutReferralsIsNotMarked() {
        var record = new BundleAssembly.IncidentRecord(incident("i-1", Form.E_SAFETY, Category.OFFENSIVE_LANGUAGE,
                List.of(new Subject(SubjectKind.PUPIL, "Amy Brown", "P-1")), "Swearing"), List.of());

        Bundle bundle = BundleAssembly.assemble(AMY, DataSubjectKind.PUPIL, List.of(record),
                new SubjectRecords(List.of(), List.of(), List.of()), parties(AMY));

        assertThat(bundle.incidents().get(0).exemptions()).isEmpty();
    }

    @Test
    void everyoneButThePersonIsAPseudonymAcrossTheBundle() {
        var record = new BundleAssembly.IncidentRecord(
                incident("i-1", Form.SAFEGUARDING, Category.CYBERBULLYING,
                        List.of(new Subject(SubjectKind.PUPIL, "Amy Brown", "P-1"),
                                new Subject(SubjectKind.PUPIL, "Ben Jones", "P-2")),
                        "Ben Jones posted Amy Brown's photo"),
                List.of(step(0, "teacher", "STAFF", "Reported"), step(1, "dsl", "DSL", "Spoke to Ben Jones")));
        CommentConcerning comment = new CommentConcerning("c-1", "X", "@School", "@a_parent",
                "Amy Brown was bullied by Ben Jones", AT, "HIDDEN", false,
                List.of(new CommentConcerning.ModerationStep("HIDE", "dsl", AT, "Told Tessa Teacher", "Hidden")),
                List.of("i-1"));
        ConsentChange consent = new ConsentChange("P-1", AT, "WRITTEN_CONSENT_RECORDED", "dsl", null, null, null, null,
                new WrittenConsent(LocalDate.parse("2026-09-01"), "Carol Brown", "mother", "F-1", "2026/27"));

        Bundle bundle = BundleAssembly.assemble(AMY, DataSubjectKind.PUPIL, List.of(record),
                new SubjectRecords(List.of(comment), List.of(), List.of(consent)), parties(AMY));

        String ben = pseudonyms.ofPupilRef("P-2");
        Bundle.IncidentItem incident = bundle.incidents().get(0);
        assertThat(incident.details()).isEqualTo(ben + " posted Amy Brown's photo");
        assertThat(incident.subjects()).containsExactly(new Subject(SubjectKind.PUPIL, "Amy Brown", "P-1"),
                new Subject(SubjectKind.PUPIL, ben, null));
        assertThat(incident.reportedBy()).isEqualTo(pseudonyms.ofAdultUsername("teacher"));
        assertThat(incident.chronology()).extracting(Bundle.Step::actor)
            .containsExactly(pseudonyms.ofAdultUsername("teacher"), pseudonyms.ofAdultUsername("dsl"));
        assertThat(incident.chronology().get(1).summary()).isEqualTo("Spoke to " + ben);
        Bundle.CommentItem shownComment = bundle.comments().get(0);
        assertThat(shownComment.author()).startsWith("Person-");
        assertThat(shownComment.text()).isEqualTo("Amy Brown was bullied by " + ben);
        assertThat(shownComment.moderation().get(0).note()).isEqualTo("Told " + pseudonyms.ofAdultUsername("teacher"));
        assertThat(shownComment.exemptions()).extracting(Exemption::code).containsExactly("REPORTED_AS_INCIDENT");
        assertThat(bundle.consents().get(0).writtenConsent().givenBy()).startsWith("Person-");
        assertThat(bundle.items()).isEqualTo(3);
    }

}
