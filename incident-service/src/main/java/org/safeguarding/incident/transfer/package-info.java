/**
 * The child-protection file follows the child (KCSIE): sent signed and encrypted to the
 * next school's DSL, imported there, and its receipt recorded here within five school
 * days or the headteacher is told.
 */
package org.safeguarding.incident.transfer;
