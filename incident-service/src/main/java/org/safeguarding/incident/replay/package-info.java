/** Rebuilding, at start-up, the projections a migration listed as due. */
package org.safeguarding.incident.replay;
