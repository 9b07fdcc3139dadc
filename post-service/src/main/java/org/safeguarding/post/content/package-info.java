/**
 * Deletion of a post or comment from a school account, by a moderator or by
 * incident-service.
 */
package org.safeguarding.post.content;
