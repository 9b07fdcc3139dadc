package org.safeguarding.kernel.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts failed sign-ins per username and per address in Bucket4j buckets, one failure a
 * token, whichever step failed: a password or a code. A username's bucket holds 5 (by
 * default) and gets one back each window, so 5 failures within a window, however spaced,
 * empty it; an address's holds more and refills whole each window, a rate for many people
 * behind one address. The failure that empties a bucket locks its username or address for
 * exactly one window, right password or not, with {@link LoginThrottled}. Unknown
 * usernames are counted like known ones, so a refusal tells nobody who exists. The
 * buckets live in this instance's memory: each instance of a service counts on its own.
 */
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /**
     * One kind of limit, on usernames or on addresses: how failures are counted, and how
     * long it locks.
     */
    private record Limit(String name, int failures, BucketConfiguration counting, BucketConfiguration lock) {

        static Limit of(String name, int failures, long refilledPerWindow, Duration window) {
            return new Limit(name, failures,
                    BucketConfiguration.builder()
                        .addLimit(limit -> limit.capacity(failures).refillGreedy(refilledPerWindow, window))
                        .build(),
                    // Locked while empty: made empty, or emptied, its one token comes
                    // back a whole window later.
                    BucketConfiguration.builder()
                        .addLimit(limit -> limit.capacity(1).refillGreedy(1, window).initialTokens(0))
                        .build());
        }

        String key(String value) {
            return name + ':' + value;
        }

        String lockKey(String value) {
            return "locked-" + key(value);
        }
    }

    private final Limit perUsername;

    private final Limit perAddress;

    private final ProxyManager<String> buckets;

    private final MeterRegistry registry;

    public LoginThrottle(LoginThrottleProperties properties, MeterRegistry registry, TimeMeter clock) {
        this.perUsername = Limit.of("username", properties.failuresPerUsername(), 1, properties.window());
        this.perAddress = Limit.of("address", properties.failuresPerAddress(), properties.failuresPerAddress(),
                properties.window());
        // A bucket is kept only until it has refilled; the size bound stops a spray of
        // made-up usernames filling memory.
        this.buckets = Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(100_000))
            .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
            .clientClock(clock)
            .build();
        this.registry = registry;
    }

    /**
     * @param address the client's address; {@code null} when unknown, which is not
     * counted
     * @throws LoginThrottled when the username or the address is locked
     */
    public void refuseIfLocked(String username, String address) {
        refuseIfLocked(perUsername, username);
        refuseIfLocked(perAddress, address);
    }

    /** One more failure of this username from this address. */
    public void countFailure(String username, String address) {
        countFailure(perUsername, username);
        countFailure(perAddress, address);
    }

    /**
     * The sign-in is complete: the username's earlier failures are forgotten; its
     * address's are not.
     */
    public void forgetFailures(String username) {
        buckets.removeProxy(perUsername.key(username));
    }

    private void refuseIfLocked(Limit limit, String value) {
        if (value == null || buckets.getProxyConfiguration(limit.lockKey(value)).isEmpty()) {
            return;
        }
        EstimationProbe lock = buckets.builder().build(limit.lockKey(value), limit::lock).estimateAbilityToConsume(1);
        if (!lock.canBeConsumed()) {
            Duration retryAfter = Duration.ofNanos(lock.getNanosToWaitForRefill());
            registry.counter("safeguarding.logins.refused", "limit", limit.name()).increment();
            log.info("Sign-in refused: {} '{}' is locked for another {} s", limit.name(), printable(value),
                    retryAfter.toSeconds());
            throw new LoginThrottled(retryAfter);
        }
    }

    private void countFailure(Limit limit, String value) {
        if (value == null) {
            return;
        }
        ConsumptionProbe counted = buckets.builder()
            .build(limit.key(value), limit::counting)
            .tryConsumeAndReturnRemaining(1);
        if (!counted.isConsumed() || counted.getRemainingTokens() == 0) {
            buckets.builder().build(limit.lockKey(value), limit::lock).tryConsumeAsMuchAsPossible();
            log.warn("Sign-in locked for {} '{}' after {} failures", limit.name(), printable(value), limit.failures());
        }
    }

    /**
     * A username comes from the client: no control characters reach the log, and no more
     * than 100 characters.
     */
    static String printable(String value) {
        String visible = value.replaceAll("\\p{Cntrl}", "?");
        return visible.length() > 100 ? visible.substring(0, 100) + "…" : visible;
    }

}
