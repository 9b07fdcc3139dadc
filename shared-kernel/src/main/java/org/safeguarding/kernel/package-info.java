/**
 * What both services share, in plain Java: messages, value types and the working-day
 * calendar.
 */
package org.safeguarding.kernel;
