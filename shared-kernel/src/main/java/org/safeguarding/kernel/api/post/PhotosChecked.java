package org.safeguarding.kernel.api.post;

/**
 * On approval, the approver checked the post's photos: for names that can be read in
 * them, and that those marked as showing no pupils show none.
 */
public record PhotosChecked(String postId, String checkedBy, boolean visibleNamesChecked,
        boolean noPupilsShownConfirmed) {
}
