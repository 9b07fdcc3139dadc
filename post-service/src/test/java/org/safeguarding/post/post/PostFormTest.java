package org.safeguarding.post.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.api.post.ExemptionKind;
import org.safeguarding.kernel.api.post.Location;

class PostFormTest {

    @Test
    void emptyRowsAreNoPhotoAndEachPhotosRuleIsShownOnItsOwnRow() {
        PostForm post = new PostForm();
        post.setAccountId(" account-1 ");
        post.setText("AB at the fair");
        post.setMedia(List.of(new PostForm.MediumRow(), row("The fair", "P-1, P-2  P-3", true)));
        post.setLocation(Location.ONSITE);

        PostRequests.Draft draft = post.toDraft();

        assertThat(draft.accountId()).isEqualTo("account-1");
        assertThat(draft.media())
            .containsExactly(new PostRequests.MediumBody("The fair", List.of("P-1", "P-2", "P-3"), true));
        assertThat(draft.exemption()).isNull();
        assertThat(post.fieldOnForm("media[0].pupilRefs[2]")).isEqualTo("media[1].pupilRefs");
        assertThat(post.fieldOnForm("media[0]")).isEqualTo("media[1]");
        assertThat(post.fieldOnForm("exemption.reason")).isEqualTo("exemptionReason");
        assertThat(post.fieldOnForm("text")).isEqualTo("text");
    }

    @Test
    void anExemptionWithoutItsReasonIsStillAskedFor() {
        PostForm post = new PostForm();
        post.setExemptionKind(ExemptionKind.EVENT);

        assertThat(post.toRevision().exemption()).isEqualTo(new PostRequests.ExemptionBody(ExemptionKind.EVENT, null));
    }

    @Test
    void eachPostingRuleIsShownBesideThePartOfThePostItIsAbout() {
        assertThat(PostForm.fieldOf("PUPIL_NAMED")).isEqualTo("text");
        assertThat(PostForm.fieldOf("INDIVIDUAL_PUPIL_PHOTO")).isEqualTo("media");
        assertThat(PostForm.fieldOf("OFFSITE_LOCATION")).isEqualTo("location");
        assertThat(PostForm.fieldOf("OUTSIDE_POSTING_HOURS")).isEqualTo("exemptionKind");
        assertThat(PostForm.fieldOf("AUTHOR_NOT_APPROVED_POSTER")).isEqualTo("accountId");
        assertThat(PostForm.fieldOf("POST_SUBMITTED")).as("about the post as a whole").isNull();
    }

    private static PostForm.MediumRow row(String caption, String refs, boolean identifiable) {
        PostForm.MediumRow row = new PostForm.MediumRow();
        row.setCaption(caption);
        row.setPupilRefs(refs);
        row.setIdentifiable(identifiable);
        return row;
    }

}
