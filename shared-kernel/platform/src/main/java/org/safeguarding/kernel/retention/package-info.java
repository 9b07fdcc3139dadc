/**
 * What both services' disposals share: the four-eyes decision, its statuses and its
 * problem codes, so that a client treats a disposal of incidents and one of posts alike.
 */
package org.safeguarding.kernel.retention;
