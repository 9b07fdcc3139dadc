/**
 * What every page shares: the layout and stylesheet, the sign-in page, the school's name
 * and the way to the other service in the header, times as people read them, forms held
 * to the API's rules, and error pages.
 */
package org.safeguarding.kernel.page;
