/** Axon Framework wiring shared by both services: storage, schemas, deadlines. */
package org.safeguarding.kernel.axon;
