/** What both services share: messages, value types, the working-day calendar and cross-cutting configuration. */
package org.safeguarding.kernel;
