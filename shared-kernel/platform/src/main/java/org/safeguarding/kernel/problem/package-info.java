/**
 * Every error a client sees as {@code application/problem+json}: from Spring MVC, from
 * filters and from security.
 */
package org.safeguarding.kernel.problem;
