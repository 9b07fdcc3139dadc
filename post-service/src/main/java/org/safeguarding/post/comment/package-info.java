/**
 * Inbound comments on the school's accounts: the 24-hour response clock, moderation, and
 * escalation to incidents.
 */
package org.safeguarding.post.comment;
