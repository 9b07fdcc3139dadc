/**
 * The working-day calendar and the clock as beans, from {@code safeguarding.calendar.*}.
 */
package org.safeguarding.kernel.calendar.config;
