package org.safeguarding.kernel.web;

import org.safeguarding.kernel.problem.CommonProblem;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeguarding.kernel.problem.ProblemWriter;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a body over 256 KiB with 413 before anything reads it, and keeps the body it
 * accepted so that it can be read more than once (the idempotency check hashes it, the
 * controller parses it), a form's fields included (the CSRF check and the page read
 * them). A file sent as multipart is left to the container, which parses its parts from
 * the stream it reads itself, held to the service's {@code spring.servlet.multipart.*}
 * (256 KiB unless the service takes larger files, as incident-service's evidence).
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    public static final int MAX_BODY_BYTES = 256 * 1024;

    private final ProblemWriter problems;

    private final long multipartLimit;

    public RequestBodyLimitFilter(ProblemWriter problems) {
        this(problems, MAX_BODY_BYTES);
    }

    /**
     * @param multipartLimit the largest multipart body let through to the container, for
     * a service that takes larger files (its
     * {@code spring.servlet.multipart.max-request-size})
     */
    public RequestBodyLimitFilter(ProblemWriter problems, long multipartLimit) {
        this.problems = problems;
        this.multipartLimit = multipartLimit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean multipart = isMultipart(request);
        if (request.getContentLengthLong() > (multipart ? multipartLimit : MAX_BODY_BYTES)) {
            tooLarge(response, multipart ? multipartLimit : MAX_BODY_BYTES);
            return;
        }
        if (multipart) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            tooLarge(response, MAX_BODY_BYTES);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    private void tooLarge(HttpServletResponse response, long limit) throws IOException {
        response.setHeader("Connection", "close");
        problems.write(response, CommonProblem.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + limit / 1024 + " KiB");
    }

    /** A request whose body has already been read in full. */
    public static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        private Map<String, String[]> parameters;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        public byte[] body() {
            return body.clone();
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        listener.onAllDataRead();
                    }
                    catch (IOException e) {
                        listener.onError(e);
                    }
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
        }

        /**
         * The container no longer sees a form's body, read here first: its fields are
         * parsed from the copy, after those of the query string, as the container would.
         */
        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, List<String>> merged = new LinkedHashMap<>();
                super.getParameterMap().forEach((name, values) -> merged.put(name, new ArrayList<>(List.of(values))));
                if (isForm()) {
                    formFields().forEach(field -> merged.computeIfAbsent(field.getKey(), absent -> new ArrayList<>())
                        .add(field.getValue()));
                }
                Map<String, String[]> all = new LinkedHashMap<>();
                merged.forEach((name, values) -> all.put(name, values.toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(all);
            }
            return parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        private boolean isForm() {
            try {
                return getContentType() != null
                        && MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(getContentType()));
            }
            catch (InvalidMediaTypeException notAForm) {
                return false;
            }
        }

        private List<Map.Entry<String, String>> formFields() {
            Charset charset = charset();
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            for (String field : new String(body, charset).split("&")) {
                if (!field.isEmpty()) {
                    int equals = field.indexOf('=');
                    String name = equals < 0 ? field : field.substring(0, equals);
                    String value = equals < 0 ? "" : field.substring(equals + 1);
                    fields.add(Map.entry(URLDecoder.decode(name, charset), URLDecoder.decode(value, charset)));
                }
            }
            return fields;
        }

        private Charset charset() {
            return getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
        }

    }

}
