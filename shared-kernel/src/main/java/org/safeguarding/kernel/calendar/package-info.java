/**
 * Working days and working time in Europe/London, from which every deadline is counted.
 */
package org.safeguarding.kernel.calendar;
