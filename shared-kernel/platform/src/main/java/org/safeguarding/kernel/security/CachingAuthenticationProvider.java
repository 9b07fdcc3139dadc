package org.safeguarding.kernel.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Remembers credentials verified in the last few minutes, so that HTTP Basic does not pay
 * a BCrypt check (tens of milliseconds of CPU) on every request. Only a digest of the
 * password is kept, and only after it matched.
 */
public class CachingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;

    private final Cache<String, Authentication> verified;

    public CachingAuthenticationProvider(AuthenticationProvider delegate, Duration timeToLive) {
        this.delegate = delegate;
        this.verified = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(10_000).build();
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String key = authentication.getName() + '\u0000' + digest(String.valueOf(authentication.getCredentials()));
        Authentication known = verified.getIfPresent(key);
        if (known != null) {
            return known;
        }
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.isAuthenticated()) {
            verified.put(key, result);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String digest(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
