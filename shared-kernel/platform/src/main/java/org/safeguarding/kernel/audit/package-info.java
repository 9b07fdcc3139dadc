/**
 * Who, why and from which request: the audit metadata on every message, added in one
 * place.
 */
package org.safeguarding.kernel.audit;
