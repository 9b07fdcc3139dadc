/**
 * Who is ready to run a school account: each member of staff's induction and training,
 * and their acknowledgements of the school's policy, event-sourced so the history is
 * provable.
 */
package org.safeguarding.post.staff;
