/** Upkeep of the embedded default database (H2 files under ./data). */
package org.safeguarding.kernel.embedded;
