/** The incident context's messages: commands in the imperative, events in the past tense. */
package org.safeguarding.kernel.api.incident;
