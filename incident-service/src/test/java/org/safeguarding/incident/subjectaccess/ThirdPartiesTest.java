package org.safeguarding.incident.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.incident.audit.KnownPupils;
import org.safeguarding.incident.audit.Pseudonyms;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.api.incident.Subject;
import org.safeguarding.kernel.api.incident.SubjectKind;
import org.safeguarding.kernel.api.post.DataSubject;
import org.safeguarding.kernel.audit.AuditKeys;
import org.safeguarding.kernel.security.SchoolDirectory;

class ThirdPartiesTest {

    @TempDir
    Path keyStore;

    Pseudonyms pseudonyms;

    ThirdParties parties;

    @BeforeEach
    void amyAsksAndBenTessaAndAParentAreOthers() {
        pseudonyms = new Pseudonyms(AuditKeys.open(keyStore));
        parties = ThirdParties.around(new DataSubject("P-1", "Amy Brown", null), pseudonyms)
            .pupils(List.of(new KnownPupils.KnownPupil("Amy Brown", "P-1"),
                    new KnownPupils.KnownPupil("Ben Jones", "P-2")))
            .staff(List.of(new SchoolDirectory.Listed("teacher", "Ms Tessa Teacher", Set.of(Role.STAFF))))
            .adults(List.of(new Subject(SubjectKind.PARENT, "Carol Jones", null)))
            .authors(List.of("@a_parent"))
            .build();
    }

    @Test
    void otherPeopleInFreeTextBecomeTheirPseudonymsAndThePersonStays() {
        String shown = parties.text("Amy Brown said Ben Jones (P-2) took her phone; Jones, Carol rang Tessa Teacher");

        assertThat(shown).isEqualTo("Amy Brown said " + pseudonyms.ofPupilRef("P-2") + " ("
                + pseudonyms.ofPupilRef("P-2") + ") took her phone; " + pseudonyms.ofAdultName("Carol Jones") + " rang "
                + pseudonyms.ofAdultUsername("teacher"));
        assertThat(shown).doesNotContain("Ben", "Carol", "Tessa");
    }

    @Test
    void aStaffMemberIsTheSamePseudonymByUsernameAndByName() {
        assertThat(parties.person("teacher")).isEqualTo(pseudonyms.ofAdultUsername("teacher"))
            .isEqualTo(parties.text("Tessa Teacher"))
            .startsWith("Person-");
        assertThat(parties.person("system")).isEqualTo("system");
        assertThat(parties.person("Amy Brown")).isEqualTo("Amy Brown");
    }

    @Test
    void aCommentAuthorUnknownToTheRegistersIsAPseudonymToo() {
        assertThat(parties.person("@a_parent")).startsWith("Person-").doesNotContain("parent");
        assertThat(parties.person("someone else")).isEqualTo(pseudonyms.ofAdultName("someone else"));
    }

    @Test
    void subjectsOfAnIncidentOtherThanThePersonKeepOnlyTheirKindAndPseudonym() {
        Subject ben = parties.subject(new Subject(SubjectKind.PUPIL, "Ben Jones", "P-2"));
        Subject amy = parties.subject(new Subject(SubjectKind.PUPIL, "Amy Brown", "P-1"));
        Subject staff = parties.subject(new Subject(SubjectKind.STAFF, "Tessa Teacher", null));

        assertThat(ben).isEqualTo(new Subject(SubjectKind.PUPIL, pseudonyms.ofPupilRef("P-2"), null));
        assertThat(amy).isEqualTo(new Subject(SubjectKind.PUPIL, "Amy Brown", "P-1"));
        assertThat(staff).isEqualTo(new Subject(SubjectKind.STAFF, pseudonyms.ofAdultUsername("teacher"), null));
    }

}
