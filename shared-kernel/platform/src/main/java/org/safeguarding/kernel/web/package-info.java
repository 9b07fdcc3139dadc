/** What every HTTP call goes through: request id, body limit, idempotency. */
package org.safeguarding.kernel.web;
