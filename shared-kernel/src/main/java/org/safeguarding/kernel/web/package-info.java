/** What every HTTP call goes through: body limit, idempotency, problem details. */
package org.safeguarding.kernel.web;
