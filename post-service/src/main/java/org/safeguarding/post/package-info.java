/**
 * post-service: official accounts, four-eyes posting, comment moderation and content
 * deletion.
 */
package org.safeguarding.post;
