/**
 * Deleting content on the school's own accounts when an incident says so, through
 * post-service. The package and the saga keep the old word "removal": stored sagas and
 * deadlines name their classes.
 */
package org.safeguarding.incident.removal;
