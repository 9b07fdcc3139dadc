package org.safeguarding.kernel.servicecall;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How one service reaches the other: its address; the service account for calls in this
 * direction (role SERVICE in both directories, its password set only on the calling
 * side); and the back-off while the other cannot be reached. How long a call waits is
 * {@code spring.http.client.connect-timeout} and {@code read-timeout}, as for every
 * outgoing call. The password never appears in {@link #toString()}.
 *
 * @param url where the other service answers, such as {@code http://localhost:8082}
 * @param username the service account calls in this direction are made with
 * @param password that account's password; set only on the calling side
 * @param retryFirst how long a call that found the other service unavailable waits before
 * it is made again
 * @param retryLongest the longest wait between attempts: the wait doubles from
 * {@code retry-first} up to this
 */
public record ServiceEndpoint(String url, String username, String password,
        @DefaultValue("PT5S") @NotNull @DurationMin(seconds = 1) Duration retryFirst,
        @DefaultValue("PT5M") @NotNull @DurationMin(seconds = 1) Duration retryLongest) {

    public ServiceEndpoint {
        username = username == null ? "" : username.trim();
    }

    public boolean hasAccount() {
        return !username.isEmpty() && password != null && !password.isEmpty();
    }

    /**
     * Doubling from {@code retry-first} up to {@code retry-longest}: never given up,
     * never hammered.
     */
    public Duration retryDelay(int attempts) {
        Duration delay = retryFirst.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(retryLongest) > 0 ? retryLongest : delay;
    }

    @Override
    public String toString() {
        return "ServiceEndpoint[url=" + url + ", username=" + username + ", password="
                + (password == null ? "none" : "[withheld]") + ", retryFirst=" + retryFirst + ", retryLongest="
                + retryLongest + "]";
    }
}
