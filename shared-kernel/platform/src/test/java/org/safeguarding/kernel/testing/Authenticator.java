package org.safeguarding.kernel.testing;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/**
 * The authenticator app on the test's phone: the secrets the enrolment pages wrote out,
 * one account per service and username, and codes from them as any app makes them (RFC
 * 6238, 6 digits, 30 s). A service takes each code once, so the app hands out a code of a
 * step not used yet: now's, else the next step's (the service allows a phone one step
 * ahead), else it waits for the clock to move on.
 */
public final class Authenticator {

    private static final int PERIOD_SECONDS = 30;

    private static final DefaultCodeGenerator CODES = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    private record Account(String secret, long lastStep) {
    }

    private static final Map<String, Account> ACCOUNTS = new ConcurrentHashMap<>();

    private Authenticator() {
    }

    /** An account added as a person does: the secret typed from the enrolment page. */
    public static void add(String baseUrl, String username, String secret) {
        ACCOUNTS.put(key(baseUrl, username), new Account(secret.replaceAll("\\s", ""), Long.MIN_VALUE));
    }

    public static boolean has(String baseUrl, String username) {
        return ACCOUNTS.containsKey(key(baseUrl, username));
    }

    /** A code the service has not taken yet, waiting up to a step for one if need be. */
    public static synchronized String nextCode(String baseUrl, String username) {
        Account account = ACCOUNTS.get(key(baseUrl, username));
        if (account == null) {
            throw new IllegalStateException("No authenticator account for " + username + " at " + baseUrl
                    + ": they enrolled without this test's phone");
        }
        long step = Math.max(currentStep(), account.lastStep() + 1);
        while (step > currentStep() + 1) {
            pause();
        }
        ACCOUNTS.put(key(baseUrl, username), new Account(account.secret(), step));
        return code(account.secret(), step);
    }

    /** The code this secret gives at this instant, as any app would show it. */
    public static String code(String secret, Instant at) {
        return code(secret.replaceAll("\\s", ""), Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS));
    }

    private static String code(String secret, long step) {
        try {
            return CODES.generate(secret, step);
        }
        catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long currentStep() {
        return Math.floorDiv(Instant.now().getEpochSecond(), PERIOD_SECONDS);
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String key(String baseUrl, String username) {
        return baseUrl.replaceAll("/+$", "") + ' ' + username;
    }

}
