/**
 * For governors and inspectors: every event with who and why, pupils pseudonymised, and
 * who read what.
 */
package org.safeguarding.incident.audit;
