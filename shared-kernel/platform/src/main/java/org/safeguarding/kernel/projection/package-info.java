/**
 * Read models: the table of JSON views each feature keeps, and rebuilding any projection
 * from the event store.
 */
package org.safeguarding.kernel.projection;
