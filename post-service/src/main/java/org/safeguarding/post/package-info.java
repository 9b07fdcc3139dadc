/** post-service: official accounts, four-eyes posting, comment moderation and content removal. */
package org.safeguarding.post;
