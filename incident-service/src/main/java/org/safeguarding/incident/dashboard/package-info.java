/** The DSL's dashboard: open incidents by level and the deadlines that ran out. */
package org.safeguarding.incident.dashboard;
