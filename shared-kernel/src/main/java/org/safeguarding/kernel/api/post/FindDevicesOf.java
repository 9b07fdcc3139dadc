package org.safeguarding.kernel.api.post;

/**
 * The ids of the devices a person registered or used in an emergency that still reach an
 * account (pending, approved or in emergency use): what to revoke when they leave.
 */
public record FindDevicesOf(String username) {
}
