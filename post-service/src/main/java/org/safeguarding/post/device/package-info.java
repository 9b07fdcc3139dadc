/**
 * The device register of each official account: school devices approved by the
 * headteacher's passcode, personal devices in an emergency with their login-removal
 * follow-up, and the clearance that posting and moderation check.
 */
package org.safeguarding.post.device;
