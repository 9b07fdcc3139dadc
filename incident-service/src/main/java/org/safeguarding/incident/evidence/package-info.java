/**
 * Evidence files on an incident: uploaded, checked, kept encrypted, and read back by
 * those who may read the case.
 */
package org.safeguarding.incident.evidence;
