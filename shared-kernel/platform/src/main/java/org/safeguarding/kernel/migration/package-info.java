/**
 * What the services' own Java migrations share.
 */
package org.safeguarding.kernel.migration;
