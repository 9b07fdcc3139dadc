package org.safeguarding.kernel.api.post;

/**
 * What a member of staff completed before running a school account: induction (003:79-82)
 * or training in the social media policy (002:130-136).
 */
public enum TrainingKind {

    INDUCTION, SOCIAL_MEDIA_TRAINING

}
