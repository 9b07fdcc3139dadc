package org.safeguarding.kernel.servicecall;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How one service reaches the other: its address; the service account for calls in this direction (role SERVICE in
 * both directories, its password set only on the calling side); how long to wait; and the back-off while the other
 * cannot be reached. The password never appears in {@link #toString()}.
 */
public record ServiceEndpoint(String url, String username, String password,
                              @DefaultValue("PT3S") Duration connectTimeout, @DefaultValue("PT15S") Duration readTimeout,
                              @DefaultValue("PT5S") Duration retryFirst, @DefaultValue("PT5M") Duration retryLongest) {

    public ServiceEndpoint {
        username = username == null ? "" : username.trim();
    }

    public boolean hasAccount() {
        return !username.isEmpty() && password != null && !password.isEmpty();
    }

    /** Doubling from {@code retry-first} up to {@code retry-longest}: never given up, never hammered. */
    public Duration retryDelay(int attempts) {
        Duration delay = retryFirst.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(retryLongest) > 0 ? retryLongest : delay;
    }

    @Override
    public String toString() {
        return "ServiceEndpoint[url=" + url + ", username=" + username + ", password=" + (password == null ? "none" : "[withheld]")
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", retryFirst=" + retryFirst
                + ", retryLongest=" + retryLongest + "]";
    }
}
