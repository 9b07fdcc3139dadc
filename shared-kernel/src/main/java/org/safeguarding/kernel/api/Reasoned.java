package org.safeguarding.kernel.api;

/**
 * A command that carries the reason its sender gave; the reason goes into the audit
 * metadata of its events.
 */
public interface Reasoned {

    String reason();

}
