/** Micrometer meters for the incident workflow. */
package org.safeguarding.incident.metrics;
