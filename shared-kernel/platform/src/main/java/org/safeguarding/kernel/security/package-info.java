/** Authentication against the school directory and the roles it grants. */
package org.safeguarding.kernel.security;
