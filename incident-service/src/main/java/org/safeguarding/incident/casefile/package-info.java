/**
 * The case pages of those who work on incidents: the list of cases, and each case with
 * its timeline, its downloads and the steps the reader may take, sent as the API sends
 * them.
 */
package org.safeguarding.incident.casefile;
