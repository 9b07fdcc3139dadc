package org.safeguarding.kernel.security;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * What the other service may do here, declared by each service: the account it calls
 * with, this service's own account (the one it calls the other with, which is good for
 * nothing here), and the calls the other service needs. Each call is made either for a
 * person ({@code X-On-Behalf-Of} required) or as the service itself (the header refused).
 */
public record InboundServiceCalls(String callerAccount, String ownAccount, List<Call> calls) {

    public InboundServiceCalls {
        callerAccount = callerAccount == null ? "" : callerAccount;
        ownAccount = ownAccount == null ? "" : ownAccount;
        calls = List.copyOf(calls);
        if (!callerAccount.isBlank() && callerAccount.equals(ownAccount)) {
            throw new IllegalArgumentException("The service account '" + callerAccount + "' is configured for both "
                    + "directions; each direction needs its own");
        }
    }

    /** A call by method and path pattern ({@code /api/content/{id}/deletion}). */
    public record Call(HttpMethod method, String path, boolean forPerson) {

        /**
         * Made on a person's behalf: that person is the actor and needs the rights the
         * call needs.
         */
        public static Call forPerson(HttpMethod method, String path) {
            return new Call(method, path, true);
        }

        /** Made by the service itself, for no one in particular. */
        public static Call asService(HttpMethod method, String path) {
            return new Call(method, path, false);
        }
    }

    boolean isCaller(String username) {
        return !callerAccount.isBlank() && callerAccount.equals(username);
    }

    boolean isOwn(String username) {
        return !ownAccount.isBlank() && ownAccount.equals(username);
    }
}
