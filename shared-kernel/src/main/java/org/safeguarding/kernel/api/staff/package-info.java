/** Staff availability, which decides where an e-safety report goes. */
package org.safeguarding.kernel.api.staff;
