package org.safeguarding.kernel.api.post;

/**
 * Where a device stands on an official account's register: a school device waits for the
 * headteacher's passcode, a personal device is used in an emergency until its user
 * confirms the login is removed from it.
 */
public enum DeviceStatus {

    PENDING, APPROVED, REVOKED, EMERGENCY, REMOVED

}
