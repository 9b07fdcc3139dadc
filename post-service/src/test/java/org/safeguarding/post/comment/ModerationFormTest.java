package org.safeguarding.post.comment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.api.incident.Category;
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
    void eachRefusalIsShownBesideTheFieldItIsAbout() {
        assertThat(ModerationForm.fieldOf("PUBLIC_REASON_REQUIRED")).isEqualTo("publicReason");
        assertThat(ModerationForm.fieldOf("ESCALATION_INCOMPLETE")).isEqualTo("summary");
        assertThat(ModerationForm.fieldOnForm("escalate.category")).isEqualTo("category");
        assertThat(ModerationForm.fieldOf("CONCURRENT_CHANGE")).isNull();
    }

}
