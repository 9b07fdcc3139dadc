package org.safeguarding.kernel.api.post;

/**
 * What the computing lead's periodic review of an account looks at on the platform, where
 * the product cannot see for itself.
 */
public enum ReviewCheck {

    /** The account follows only educational accounts (000:73, 004:21). */
    FOLLOWS_ONLY_EDUCATIONAL_ACCOUNTS,

    /** Followers were looked at, and those not focused on the school blocked (004:19). */
    FOLLOWERS_CHECKED,

    /** The platform's privacy settings are as the school means them (001:136). */
    PRIVACY_SETTINGS_CURRENT,

    /** The school, not a member of staff, holds the master login (001:50). */
    MASTER_LOGIN_HELD_BY_SCHOOL

}
