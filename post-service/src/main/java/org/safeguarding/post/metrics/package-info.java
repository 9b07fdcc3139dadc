/** Micrometer meters for posting, moderation and removals. */
package org.safeguarding.post.metrics;
