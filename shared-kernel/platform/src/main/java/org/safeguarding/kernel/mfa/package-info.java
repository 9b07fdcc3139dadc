/**
 * The second factor of the pages' sign-in: enrolment with an authenticator app, codes
 * (RFC 6238) and recovery codes, their pages, and the administrator's reset.
 */
package org.safeguarding.kernel.mfa;
