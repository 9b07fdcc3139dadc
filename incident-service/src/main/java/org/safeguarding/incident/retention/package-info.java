/**
 * How long each record is kept, computed from its events; the four-eyes disposal of what
 * has fallen due, the legal hold that stops it, and the daily purge of the access log.
 */
package org.safeguarding.incident.retention;
