/** Every command, event and query of both bounded contexts, as immutable records. */
package org.safeguarding.kernel.api;
