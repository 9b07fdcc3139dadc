package org.safeguarding.kernel.api.incident;

/** Referrals made outside the school. */
public enum Referral {

    LADO, POLICE

}
