package org.safeguarding.kernel.mfa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.secret.SecretGenerator;

/**
 * Time-based one-time codes as every authenticator app makes them (RFC 6238: HMAC-SHA-1,
 * 6 digits, 30-second steps), with the step a code belongs to, so that a code is never
 * taken twice. A phone's clock may be one step out either way.
 */
final class Totp {

    static final int DIGITS = 6;

    static final int PERIOD_SECONDS = 30;

    static final HashingAlgorithm ALGORITHM = HashingAlgorithm.SHA1;

    /** Steps either side of now a code may be from: a phone's clock a little out. */
    private static final int DRIFT = 1;

    private final CodeGenerator codes = new DefaultCodeGenerator(ALGORITHM, DIGITS);

    private final SecretGenerator secrets = new DefaultSecretGenerator();

    private final Clock clock;

    Totp(Clock clock) {
        this.clock = clock;
    }

    /** A new secret: 160 random bits, in base32 as apps take it typed. */
    String newSecret() {
        return secrets.generate();
    }

    long currentStep() {
        return Math.floorDiv(clock.instant().getEpochSecond(), PERIOD_SECONDS);
    }

    /**
     * The step this code was made for, if it is one of the steps now allows and later
     * than {@code lastTaken}.
     */
    OptionalLong stepOf(String secret, String code, long lastTaken) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long now = currentStep();
        for (long step = Math.max(now - DRIFT, lastTaken + 1); step <= now + DRIFT; step++) {
            if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    String code(String secret, long step) {
        try {
            return codes.generate(secret, step);
        }
        catch (CodeGenerationException e) {
            throw new IllegalStateException("Cannot make a code", e);
        }
    }

}
