/**
 * The Incident aggregate, its routing, its view and the REST calls that drive it; and how
 * every other feature reads incidents: {@code IncidentAccess} (need to know, and the
 * access log of every read) and {@code OpenDeadlines}.
 */
package org.safeguarding.incident.incident;
