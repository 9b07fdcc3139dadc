/** Micrometer meters for posting, moderation and deletions. */
package org.safeguarding.post.metrics;
