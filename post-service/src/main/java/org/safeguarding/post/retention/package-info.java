/**
 * How long posts and comments are kept: the list of those fallen due, for the school to
 * act on.
 */
package org.safeguarding.post.retention;
