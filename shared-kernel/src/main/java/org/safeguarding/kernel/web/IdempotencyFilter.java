package org.safeguarding.kernel.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safeguarding.kernel.Violation;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on a POST: the first request with a key is carried out and its successful response
 * kept; a repeat with the same key and body gets that response again and changes nothing. The same key with
 * another body is refused (422); a repeat while the first is still running gets 409. Keys are per user.
 * Failed requests are not kept, so a corrected retry is judged afresh.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String COMPLETED = "COMPLETED";

    private final JdbcTemplate jdbc;
    private final ProblemWriter problems;
    private final Clock clock;

    public IdempotencyFilter(JdbcTemplate jdbc, ProblemWriter problems, Clock clock) {
        this.jdbc = jdbc;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var caller = CurrentActor.get();
        if (caller.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String username = caller.get().username();
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > 255) {
            problems.write(response, HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
                    "Idempotency-Key must be 1 to 255 characters");
            return;
        }
        String requestHash = hash(request);
        try {
            jdbc.update("insert into idempotency_record (username, idempotency_key, request_hash, state, created_at) "
                    + "values (?, ?, ?, ?, ?)", username, key, requestHash, IN_PROGRESS, Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException alreadySeen) {
            replay(response, username, key, requestHash);
            return;
        }
        var recording = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, recording);
            if (recording.getStatus() >= 200 && recording.getStatus() < 300) {
                jdbc.update("update idempotency_record set state = ?, status = ?, content_type = ?, location = ?, body = ? "
                                + "where username = ? and idempotency_key = ?",
                        COMPLETED, recording.getStatus(), recording.getContentType(),
                        recording.getHeader(HttpHeaders.LOCATION), recording.getContentAsByteArray(), username, key);
                kept = true;
            }
        } finally {
            if (!kept) {
                jdbc.update("delete from idempotency_record where username = ? and idempotency_key = ?", username, key);
            }
            recording.copyBodyToResponse();
        }
    }

    private void replay(HttpServletResponse response, String username, String key, String requestHash) throws IOException {
        List<StoredResponse> stored = jdbc.query(
                "select request_hash, state, status, content_type, location, body from idempotency_record "
                        + "where username = ? and idempotency_key = ?",
                (rs, row) -> new StoredResponse(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getBytes(6)),
                username, key);
        if (stored.isEmpty() || IN_PROGRESS.equals(stored.get(0).state())) {
            problems.write(response, HttpStatus.CONFLICT, "idempotent-request-in-progress",
                    "A request with this Idempotency-Key is still being carried out; retry shortly");
            return;
        }
        StoredResponse first = stored.get(0);
        if (!first.requestHash().equals(requestHash)) {
            var problem = ProblemWriter.problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                    "This Idempotency-Key was used for a different request");
            problem.setProperty("violations", List.of(new Violation("IDEMPOTENCY_KEY_REUSED",
                    "Use a new key for a new request")));
            problems.write(response, problem);
            return;
        }
        response.setStatus(first.status());
        if (first.contentType() != null) {
            response.setContentType(first.contentType());
        }
        if (first.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, first.location());
        }
        response.setHeader("Idempotent-Replayed", "true");
        if (first.body() != null) {
            response.getOutputStream().write(first.body());
        }
    }

    private static String hash(HttpServletRequest request) throws IOException {
        byte[] body = request instanceof RequestBodyLimitFilter.CachedBodyRequest cached
                ? cached.body()
                : request.getInputStream().readAllBytes();
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((request.getMethod() + ' ' + request.getRequestURI() + '?' + request.getQueryString() + '\n')
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record StoredResponse(String requestHash, String state, int status, String contentType, String location,
                                  byte[] body) {
    }
}
