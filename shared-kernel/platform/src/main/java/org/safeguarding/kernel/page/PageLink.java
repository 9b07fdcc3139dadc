package org.safeguarding.kernel.page;

/**
 * A page of the service that the start page and the header offer to those who may use it.
 * A service declares each as a bean.
 *
 * @param label what the link says
 * @param path where it goes, from the service's root
 * @param hint a line on the start page about what it is for
 * @param access who may use it: the method-security expression its controller is guarded
 * by, such as {@code hasRole('ADMIN')}
 */
public record PageLink(String label, String path, String hint, String access) {
}
