/** Staff availability: who can take an e-safety report now. */
package org.safeguarding.incident.staff;
