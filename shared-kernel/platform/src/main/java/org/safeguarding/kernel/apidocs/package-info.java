/**
 * The OpenAPI description both services publish: what their operations share (sign-in,
 * problem details) is added here; titles, tags and examples stay with each service's
 * controllers.
 */
package org.safeguarding.kernel.apidocs;
