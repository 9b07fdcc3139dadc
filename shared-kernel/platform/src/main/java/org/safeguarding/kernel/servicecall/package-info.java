/**
 * Calls from one service to the other: where, as which service account, on whose behalf,
 * and how often to retry.
 */
package org.safeguarding.kernel.servicecall;
