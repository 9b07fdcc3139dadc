package org.safeguarding.kernel.mfa;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import io.micrometer.core.instrument.MeterRegistry;
import org.safeguarding.kernel.audit.AuditKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each person's second factor, in this service's database: their authenticator secret,
 * encrypted with the key store's secrets key for them alone; the last time step a code of
 * theirs was taken for, so that a code is never taken twice (RFC 6238, 5.2); and ten
 * recovery codes, kept as HMACs, each good once. Enrolment, codes taken and refused,
 * recovery codes used and resets are recorded ({@code mfa_record}), logged and counted;
 * never a secret or a code.
 */
class SecondFactors {

    static final int RECOVERY_CODES = 10;

    private static final Logger log = LoggerFactory.getLogger(SecondFactors.class);

    /** What is recorded. */
    enum Happened {

        ENROLLED, CODE_TAKEN, CODE_REFUSED, RECOVERY_CODE_USED, RECOVERY_CODE_REFUSED, RESET

    }

    /** Someone's enrolment as the administrator sees it. */
    record Enrolment(String username, Instant enrolledAt, int recoveryCodesLeft) {
    }

    /** Who did it, and from where; the administrator, for a reset. */
    record Actor(String username, String address) {
    }

    private final JdbcTemplate jdbc;

    private final TransactionTemplate transaction;

    private final AuditKeys keys;

    private final Totp totp;

    private final Clock clock;

    private final MeterRegistry registry;

    private final RecoveryCodeGenerator recoveryCodes = new RecoveryCodeGenerator();

    SecondFactors(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditKeys keys, Clock clock,
            MeterRegistry registry) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.keys = keys;
        this.totp = new Totp(clock);
        this.clock = clock;
        this.registry = registry;
    }

    String newSecret() {
        return totp.newSecret();
    }

    boolean isEnrolled(String username) {
        return !jdbc.queryForList("select 1 from mfa_enrolment where username = ?", username).isEmpty();
    }

    /**
     * Enrols the secret the person's app was given, if the code is the app's: their
     * recovery codes, shown to them now and never again; empty if the code is not right,
     * or they have enrolled meanwhile (elsewhere).
     */
    Optional<List<String>> enrol(String username, String secret, String code, Actor by) {
        OptionalLong step = totp.stepOf(secret, code, Long.MIN_VALUE);
        if (step.isEmpty()) {
            happened(username, Happened.CODE_REFUSED, by);
            return Optional.empty();
        }
        List<String> codes = List.of(recoveryCodes.generateCodes(RECOVERY_CODES));
        boolean enrolled = Boolean.TRUE.equals(transaction.execute(status -> {
            if (isEnrolled(username)) {
                return false;
            }
            jdbc.update("insert into mfa_enrolment (username, secret, enrolled_at, last_step) values (?, ?, ?, ?)",
                    username, encrypted(username, secret), now(), step.getAsLong());
            codes.forEach(each -> jdbc.update("insert into mfa_recovery_code (username, code_hash) values (?, ?)",
                    username, recoveryCodeHash(username, each)));
            happened(username, Happened.ENROLLED, by);
            return true;
        }));
        return enrolled ? Optional.of(codes) : Optional.empty();
    }

    /**
     * Whether this is the code the person's app shows now (or one step either side), and
     * not one taken before: then no code of that step or an earlier one is taken again.
     */
    boolean takeCode(String username, String code, Actor by) {
        record Enrolled(String secret, long lastStep) {
        }
        List<Enrolled> enrolled = jdbc.query("select secret, last_step from mfa_enrolment where username = ?",
                (row, number) -> new Enrolled(row.getString("secret"), row.getLong("last_step")), username);
        if (enrolled.isEmpty()) {
            happened(username, Happened.CODE_REFUSED, by);
            return false;
        }
        OptionalLong step = totp.stepOf(decrypted(username, enrolled.get(0).secret()), code,
                enrolled.get(0).lastStep());
        // Taken only if no one took this step or a later one meanwhile.
        boolean taken = step.isPresent()
                && jdbc.update("update mfa_enrolment set last_step = ? where username = ? and last_step < ?",
                        step.getAsLong(), username, step.getAsLong()) == 1;
        happened(username, taken ? Happened.CODE_TAKEN : Happened.CODE_REFUSED, by);
        return taken;
    }

    /** Whether this is one of the person's recovery codes, not used before; now it is. */
    boolean useRecoveryCode(String username, String code, Actor by) {
        boolean used = code != null && jdbc.update(
                "update mfa_recovery_code set used_at = ? where username = ? and code_hash = ? and used_at is null",
                now(), username, recoveryCodeHash(username, code)) == 1;
        happened(username, used ? Happened.RECOVERY_CODE_USED : Happened.RECOVERY_CODE_REFUSED, by);
        return used;
    }

    int recoveryCodesLeft(String username) {
        Integer left = jdbc.queryForObject(
                "select count(*) from mfa_recovery_code where username = ? and used_at is null", Integer.class,
                username);
        return left == null ? 0 : left;
    }

    List<Enrolment> enrolments() {
        return jdbc.query("select username, enrolled_at from mfa_enrolment order by username",
                (row, number) -> new Enrolment(row.getString("username"), row.getTimestamp("enrolled_at").toInstant(),
                        recoveryCodesLeft(row.getString("username"))));
    }

    /**
     * Forgets the person's enrolment and recovery codes (a lost phone): they enrol again
     * at their next sign-in.
     * @return whether they were enrolled
     */
    boolean reset(String username, Actor by) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            jdbc.update("delete from mfa_recovery_code where username = ?", username);
            boolean enrolled = jdbc.update("delete from mfa_enrolment where username = ?", username) == 1;
            happened(username, Happened.RESET, by);
            return enrolled;
        }));
    }

    private void happened(String username, Happened what, Actor by) {
        jdbc.update("insert into mfa_record (username, what, occurred_at, actor, address) values (?, ?, ?, ?, ?)",
                username, what.name(), now(), by.username(), by.address());
        registry.counter("safeguarding.mfa", "event", what.name().toLowerCase(Locale.ROOT)).increment();
        if (what == Happened.CODE_REFUSED || what == Happened.RECOVERY_CODE_REFUSED) {
            log.info("Second factor {} for '{}' from {}", what, username, by.address());
        }
        else {
            log.info("Second factor {} for '{}' by '{}' from {}", what, username, by.username(), by.address());
        }
    }

    private String encrypted(String username, String secret) {
        return Base64.getEncoder()
            .encodeToString(keys.encrypt(secretContext(username), secret.getBytes(StandardCharsets.US_ASCII)));
    }

    private String decrypted(String username, String stored) {
        return new String(keys.decrypt(secretContext(username), Base64.getDecoder().decode(stored)),
                StandardCharsets.US_ASCII);
    }

    private static String secretContext(String username) {
        return "mfa-secret:" + username;
    }

    /**
     * Keyed, so that the database alone cannot be used to try codes; typed in any case,
     * with or without spaces and dashes.
     */
    private String recoveryCodeHash(String username, String code) {
        String typed = code.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return keys.mac("mfa-recovery-code", username, typed);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

}
