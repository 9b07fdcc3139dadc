/** The Incident aggregate, its routing, its view and the REST calls that drive it. */
package org.safeguarding.incident.incident;
