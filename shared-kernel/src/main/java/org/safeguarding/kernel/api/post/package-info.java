/** The post context's messages: official accounts, four-eyes posting, inbound comments and content removal. */
package org.safeguarding.kernel.api.post;
