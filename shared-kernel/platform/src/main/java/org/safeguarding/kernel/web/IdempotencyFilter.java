package org.safeguarding.kernel.web;

import org.safeguarding.kernel.problem.CommonProblem;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.safeguarding.kernel.Violation;
import org.safeguarding.kernel.problem.ProblemWriter;
import org.safeguarding.kernel.security.CurrentActor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on a POST: the first request with a key is carried out; a
 * repeat with the same key and body changes nothing and gets the first answer's status
 * and {@code Location} again, with the current view of the resource it made or changed,
 * read through that view's own GET as the caller (so a repeat shows no more than the
 * caller may see now), or {@code {"id": …}} where the resource has no view there. Only
 * the status, the Location and the resource's id are kept, never a response body, and
 * only for a day ({@link IdempotencyPurge}). The same key with another body is refused
 * (422); a repeat while the first is still running gets 409. Keys are per user. Failed
 * requests are not kept, so a corrected retry is judged afresh.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";

    private static final String IN_PROGRESS = "IN_PROGRESS";

    private static final String COMPLETED = "COMPLETED";

    private final JdbcTemplate jdbc;

    private final ProblemWriter problems;

    private final ObjectMapper json;

    private final Clock clock;

    public IdempotencyFilter(JdbcTemplate jdbc, ProblemWriter problems, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.problems = problems;
        this.json = json;
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
            problems.write(response, CommonProblem.INVALID_IDEMPOTENCY_KEY,
                    "Idempotency-Key must be 1 to 255 characters");
            return;
        }
        String requestHash = hash(request);
        try {
            jdbc.update(
                    "insert into idempotency_record (username, idempotency_key, request_hash, state, created_at) "
                            + "values (?, ?, ?, ?, ?)",
                    username, key, requestHash, IN_PROGRESS, Timestamp.from(clock.instant()));
        }
        catch (DuplicateKeyException alreadySeen) {
            replay(request, response, username, key, requestHash);
            return;
        }
        var recording = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, recording);
            if (recording.getStatus() >= 200 && recording.getStatus() < 300) {
                jdbc.update(
                        "update idempotency_record set state = ?, status = ?, location = ?, resource_id = ? "
                                + "where username = ? and idempotency_key = ?",
                        COMPLETED, recording.getStatus(), recording.getHeader(HttpHeaders.LOCATION),
                        resourceId(recording), username, key);
                kept = true;
            }
        }
        finally {
            if (!kept) {
                jdbc.update("delete from idempotency_record where username = ? and idempotency_key = ?", username, key);
            }
            recording.copyBodyToResponse();
        }
    }

    /** The {@code id} of the view a command answered with, if it answered with one. */
    private String resourceId(ContentCachingResponseWrapper recording) {
        if (recording.getContentType() == null
                || !MediaType.parseMediaType(recording.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON)) {
            return null;
        }
        try {
            JsonNode id = json.readTree(recording.getContentAsByteArray()).path("id");
            return id.isValueNode() && !id.asText().isBlank() && id.asText().length() <= 255 ? id.asText() : null;
        }
        catch (IOException notJson) {
            return null;
        }
    }

    private void replay(HttpServletRequest request, HttpServletResponse response, String username, String key,
            String requestHash) throws ServletException, IOException {
        List<StoredResult> stored = jdbc.query(
                "select request_hash, state, status, location, resource_id from idempotency_record "
                        + "where username = ? and idempotency_key = ?",
                (rs, row) -> new StoredResult(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5)),
                username, key);
        if (stored.isEmpty() || IN_PROGRESS.equals(stored.get(0).state())) {
            problems.write(response, CommonProblem.IDEMPOTENT_REQUEST_IN_PROGRESS,
                    "A request with this Idempotency-Key is still being carried out; retry shortly");
            return;
        }
        StoredResult first = stored.get(0);
        if (!first.requestHash().equals(requestHash)) {
            var problem = ProblemWriter.problem(CommonProblem.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different request");
            problem.setProperty("violations",
                    List.of(new Violation(CommonProblem.IDEMPOTENCY_KEY_REUSED.violationCode(),
                            "Use a new key for a new request")));
            problems.write(response, problem);
            return;
        }
        var view = new ContentCachingResponseWrapper(response);
        String viewPath = viewPath(request, first);
        if (viewPath != null) {
            request.getRequestDispatcher(viewPath).forward(new ReadOfTheView(request), view);
        }
        boolean viewRead = viewPath != null && view.getStatus() == HttpStatus.OK.value();
        if (!viewRead) {
            view.reset();
        }
        view.setStatus(first.status());
        if (first.location() != null) {
            view.setHeader(HttpHeaders.LOCATION, first.location());
        }
        view.setHeader("Idempotent-Replayed", "true");
        if (!viewRead && first.resourceId() != null) {
            view.setContentType(MediaType.APPLICATION_JSON_VALUE);
            json.writeValue(view.getOutputStream(), Map.of("id", first.resourceId()));
        }
        view.copyBodyToResponse();
    }

    /**
     * The first request's Location, or its own path up to the id of the resource it
     * answered with.
     */
    private static String viewPath(HttpServletRequest request, StoredResult first) {
        if (first.location() != null) {
            return URI.create(first.location()).getPath();
        }
        if (first.resourceId() == null) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String segment = "/" + first.resourceId();
        int at = path.indexOf(segment + "/");
        return at < 0 ? null : path.substring(0, at + segment.length());
    }

    private static String hash(HttpServletRequest request) throws IOException {
        byte[] body = request instanceof RequestBodyLimitFilter.CachedBodyRequest cached ? cached.body()
                : request.getInputStream().readAllBytes();
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((request.getMethod() + ' ' + request.getRequestURI() + '?' + request.getQueryString() + '\n')
                .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(body));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record StoredResult(String requestHash, String state, int status, String location, String resourceId) {
    }

    /**
     * The repeated POST as a read of the view; a GET reads no body, so the command's is
     * left unread.
     */
    private static final class ReadOfTheView extends HttpServletRequestWrapper {

        ReadOfTheView(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

    }

}
