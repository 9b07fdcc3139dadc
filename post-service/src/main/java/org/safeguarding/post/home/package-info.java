/** The start page of the school's accounts: links to the pages each role uses. */
package org.safeguarding.post.home;
