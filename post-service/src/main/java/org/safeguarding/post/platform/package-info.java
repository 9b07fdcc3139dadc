/**
 * The port to the social-media platforms and its adapters: an outbox by default, or the X
 * API.
 */
package org.safeguarding.post.platform;
