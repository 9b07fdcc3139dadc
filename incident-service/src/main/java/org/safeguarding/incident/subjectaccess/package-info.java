/**
 * Subject access requests: everything both services hold about one person, gathered for
 * the DSL to review, third parties as pseudonyms, each item marked where an exemption may
 * apply; the request and its release recorded as events.
 */
package org.safeguarding.incident.subjectaccess;
