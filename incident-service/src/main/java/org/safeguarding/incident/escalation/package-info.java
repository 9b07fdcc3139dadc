/**
 * The escalation saga: acknowledgement and LADO decision clocks on persistent deadlines.
 */
package org.safeguarding.incident.escalation;
