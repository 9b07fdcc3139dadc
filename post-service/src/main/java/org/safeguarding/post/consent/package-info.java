/**
 * The consent register: which pupils may appear in photos, and who is on the no-photo
 * list.
 */
package org.safeguarding.post.consent;
