package org.safeguarding.post.device;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseCookie;

/**
 * The token a browser or app holds to be known as a device: 256 random bits, shown to it
 * once; the register keeps only its SHA-256. API calls send it in the
 * {@code Device-Token} header, pages in an HttpOnly cookie.
 */
final class DeviceTokens {

    static final String HEADER = "Device-Token";

    static final String COOKIE = "device-token";

    /** Long-lived: a school laptop keeps its approval until it is revoked. */
    private static final Duration COOKIE_LIFETIME = Duration.ofDays(400);

    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** The token the request presents: the header first, else the pages' cookie. */
    static Optional<String> presentedBy(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        if (header != null && !header.isBlank()) {
            return Optional.of(header.trim());
        }
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies)
                    .filter(cookie -> COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank())
                    .map(Cookie::getValue)
                    .findFirst();
    }

    /**
     * The cookie a browser keeps the token in, given by the API and the pages alike: out
     * of scripts' reach, sent only by the school's own pages.
     */
    static ResponseCookie cookie(String token, HttpServletRequest request) {
        return ResponseCookie.from(COOKIE, token)
            .httpOnly(true)
            .secure(request.isSecure())
            .sameSite("Strict")
            .path("/")
            .maxAge(COOKIE_LIFETIME)
            .build();
    }

}
