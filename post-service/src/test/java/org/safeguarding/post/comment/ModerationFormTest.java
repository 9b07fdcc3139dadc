package org.safeguarding.post.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.api.incident.Category;
import org.safeguarding.kernel.api.incident.Form;
import org.safeguarding.kernel.api.incident.SubjectKind;
import org.safeguarding.kernel.api.post.CommentAction;

class ModerationFormTest {

    @Test
    void anEscalationIsAskedForOnlyWhenTicked() {
        ModerationForm moderation = new ModerationForm();
        moderation.setAction(CommentAction.HIDE);
        moderation.setNote(" Insults staff ");
        moderation.setPublicReason("  ");
        moderation.setCategory(Category.CYBERBULLYING);

        CommentRequests.Moderation request = moderation.toRequest();

        assertThat(request).isEqualTo(new CommentRequests.Moderation(CommentAction.HIDE, "Insults staff", null, null));
        moderation.setEscalate(true);
        assertThat(moderation.toRequest().escalate())
            .isEqualTo(new CommentRequests.EscalationBody(Category.CYBERBULLYING, ""));
    }

    @Test
    void anAllegationNamesThePersonOnTheChosenForm() {
        ModerationForm moderation = new ModerationForm();
        moderation.setAction(CommentAction.NO_ACTION);
        moderation.setNote("Accuses a teacher");
        moderation.setEscalate(true);
        moderation.setCategory(Category.STAFF_CONDUCT);
        moderation.setSummary("Parent says a teacher grabbed her son");
        moderation.setForm(Form.SAFEGUARDING);
        moderation.setSubjectKind(SubjectKind.STAFF);
        moderation.setSubjectName(" Mr Green ");
        moderation.setSubjectRef("mgreen");
        moderation.setAllegationAgainstAdult(true);

        assertThat(moderation.toRequest().escalate()).isEqualTo(new CommentRequests.EscalationBody(
                Category.STAFF_CONDUCT, "Parent says a teacher grabbed her son", Form.SAFEGUARDING,
                List.of(new CommentRequests.SubjectBody(SubjectKind.STAFF, "Mr Green", "mgreen")), true));
        assertThat(ModerationForm.fieldOf("ALLEGATION_NAMES_NO_ADULT")).isEqualTo("subjectKind");
    }

    @Test
    void eachRefusalIsShownBesideTheFieldItIsAbout() {
        assertThat(ModerationForm.fieldOf("PUBLIC_REASON_REQUIRED")).isEqualTo("publicReason");
        assertThat(ModerationForm.fieldOf("ESCALATION_INCOMPLETE")).isEqualTo("summary");
        assertThat(ModerationForm.fieldOnForm("escalate.category")).isEqualTo("category");
        assertThat(ModerationForm.fieldOf("CONCURRENT_CHANGE")).isNull();
    }

}
