/**
 * Posts on the school's accounts: drafted, checked by a second person, published inside
 * the posting window.
 */
package org.safeguarding.post.post;
