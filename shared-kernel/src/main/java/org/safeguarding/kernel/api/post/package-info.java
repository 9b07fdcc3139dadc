/**
 * The post context's messages: official accounts, four-eyes posting, inbound comments,
 * content deletion and the consent register.
 */
package org.safeguarding.kernel.api.post;
