/** The administrator's page: who is available, and rebuilding the projections. */
package org.safeguarding.incident.admin;
