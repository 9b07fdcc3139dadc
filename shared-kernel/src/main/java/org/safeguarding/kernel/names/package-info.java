/**
 * Finding people's names in free text however they are written: spacing, case, accents,
 * "Surname, First".
 */
package org.safeguarding.kernel.names;
