/** The service's start page: where each person goes from. */
package org.safeguarding.incident.home;
