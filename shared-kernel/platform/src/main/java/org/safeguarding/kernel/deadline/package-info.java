/**
 * The deadline reconciler: puts back any deadline the read side says is running but the
 * scheduler no longer holds.
 */
package org.safeguarding.kernel.deadline;
