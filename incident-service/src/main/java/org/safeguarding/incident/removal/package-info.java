/** Removing content on the school's own accounts when an incident says so, through post-service. */
package org.safeguarding.incident.removal;
