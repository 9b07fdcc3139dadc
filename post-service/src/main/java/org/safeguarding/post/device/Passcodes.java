package org.safeguarding.post.device;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.safeguarding.kernel.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The headteacher's one-time passcodes for new devices: eight digits, stored only as a
 * hash salted with the device id, valid for {@code passcode-valid-for}, locked after
 * {@code passcode-attempts} wrong entries until a new one is sent. A short-lived secret,
 * not history: it lives in its own table, never in the event store.
 */
@Component
class Passcodes {

    private static final Logger log = LoggerFactory.getLogger(Passcodes.class);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    private final Duration validFor;

    private final int attempts;

    Passcodes(JdbcTemplate jdbc, DeviceProperties properties) {
        this.jdbc = jdbc;
        this.validFor = properties.passcodeValidFor();
        this.attempts = properties.passcodeAttempts();
    }

    /** A new passcode for the device, in place of any earlier one. */
    Passcode issue(String deviceId, Instant now) {
        String code = String.format("%08d", RANDOM.nextInt(100_000_000));
        Instant expiresAt = now.plus(validFor);
        withdraw(deviceId);
        jdbc.update("insert into device_passcode (device_id, passcode_hash, expires_at, attempts) values (?, ?, ?, 0)",
                deviceId, hash(deviceId, code), Timestamp.from(expiresAt));
        return new Passcode(code, expiresAt);
    }

    /**
     * Uses up the device's passcode if {@code code} is it; a wrong one is counted (and
     * stays counted: the refusal does not roll it back).
     */
    void use(String deviceId, String code, Instant now) {
        List<Waiting> waiting = jdbc.query(
                "select passcode_hash, expires_at, attempts from device_passcode where device_id = ?",
                (rs, row) -> new Waiting(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3)), deviceId);
        if (waiting.isEmpty() || !now.isBefore(waiting.get(0).expiresAt())) {
            throw new RuleViolation(DeviceProblem.PASSCODE_EXPIRED,
                    "No passcode for this device is waiting any more; ask for a new one");
        }
        if (waiting.get(0).attempts() >= attempts) {
            throw new RuleViolation(DeviceProblem.PASSCODE_LOCKED,
                    "The passcode was entered wrongly " + attempts + " times; ask for a new one");
        }
        boolean right = MessageDigest.isEqual(waiting.get(0).hash().getBytes(StandardCharsets.US_ASCII),
                hash(deviceId, code == null ? "" : code.trim()).getBytes(StandardCharsets.US_ASCII));
        if (!right) {
            int used = waiting.get(0).attempts() + 1;
            jdbc.update("update device_passcode set attempts = attempts + 1 where device_id = ?", deviceId);
            log.warn("Wrong passcode for device {} ({} of {} attempts)", deviceId, used, attempts);
            throw new RuleViolation(DeviceProblem.WRONG_PASSCODE,
                    "That is not the passcode sent for this device; " + (attempts - used) + " attempt(s) left");
        }
        withdraw(deviceId);
    }

    void withdraw(String deviceId) {
        jdbc.update("delete from device_passcode where device_id = ?", deviceId);
    }

    private static String hash(String deviceId, String code) {
        return DeviceTokens.hash(deviceId + ":" + code);
    }

    private record Waiting(String hash, Instant expiresAt, int attempts) {
    }

}
