/**
 * Printable exports both services make: a plain PDF with the signed checkpoint it was
 * made at.
 */
package org.safeguarding.kernel.export;
