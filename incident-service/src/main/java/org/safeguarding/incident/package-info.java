/**
 * incident-service: the Incident aggregate, the escalation saga and the projections staff
 * read.
 */
package org.safeguarding.incident;
