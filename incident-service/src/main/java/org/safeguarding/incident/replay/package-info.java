/** Rebuilding projections from the event store. */
package org.safeguarding.incident.replay;
