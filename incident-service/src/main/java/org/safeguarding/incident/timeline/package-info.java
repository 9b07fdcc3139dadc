/** The chronology of each incident: who did what, when and why. */
package org.safeguarding.incident.timeline;
