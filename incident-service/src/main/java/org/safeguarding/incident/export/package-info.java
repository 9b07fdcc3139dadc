/**
 * The documents people hand over: LADO referral, chronology and the inspector's list, as
 * JSON, CSV and PDF.
 */
package org.safeguarding.incident.export;
