/**
 * What post-service holds about one person, gathered for a subject access request that
 * incident-service's DSL makes.
 */
package org.safeguarding.post.subjectaccess;
