/**
 * How long posts and comments are kept: the list of those fallen due, and their disposal
 * with four eyes, erasing their keys.
 */
package org.safeguarding.post.retention;
