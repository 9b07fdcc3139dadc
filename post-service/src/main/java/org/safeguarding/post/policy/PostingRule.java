package org.safeguarding.post.policy;

import org.safeguarding.kernel.Violation;

/**
 * The posting-policy rules; each name is the {@code code} of the violation it reports.
 */
public enum PostingRule {

    TEXT_TOO_LONG, PUPIL_NAMED, PUPIL_WITHOUT_CONSENT, PUPIL_ON_NO_PHOTO_LIST, INDIVIDUAL_PUPIL_PHOTO,
    MENTION_NOT_ALLOWED, AUTHOR_NOT_APPROVED_POSTER, ACCOUNT_NOT_ACTIVE, OFFSITE_LOCATION, OUTSIDE_POSTING_HOURS,
    PUPILS_NOT_IDENTIFIED, VISIBLE_NAMES_NOT_CHECKED, INDIVIDUALLY_TARGETED, FORTHCOMING_VISIT,
    PASSWORD_ROTATION_OVERDUE;

    public boolean isBrokenBy(Violation violation) {
        return name().equals(violation.code());
    }

}
