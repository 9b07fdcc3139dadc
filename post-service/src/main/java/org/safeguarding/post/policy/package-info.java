/**
 * The posting policy: what may go out on a school account, and when, as a pure function
 * of the facts.
 */
package org.safeguarding.post.policy;
