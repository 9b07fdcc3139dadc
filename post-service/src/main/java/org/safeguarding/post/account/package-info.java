/**
 * The register of official accounts: business case, SLT approval, who may post, termly
 * password change, closure.
 */
package org.safeguarding.post.account;
