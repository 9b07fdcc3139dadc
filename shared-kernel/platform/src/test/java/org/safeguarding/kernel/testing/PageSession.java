package org.safeguarding.kernel.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's cookie jar over plain HTTP, for the pages' security: redirects are seen,
 * not followed. It signs in through the form as a person does, second factor included
 * (with the {@link Authenticator}).
 */
public final class PageSession {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*>([A-Z2-7 ]+)<");

    private final CookieManager cookies = new CookieManager();

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    private final String baseUrl;

    public PageSession(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /**
     * Signs in with a password on the sign-in form; the session may still owe its second
     * factor.
     */
    public PageSession signIn(String username, String password) {
        HttpResponse<String> signedIn = post("/login",
                Map.of("username", username, "password", password, "_csrf", formToken(get("/login").body())));
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        return this;
    }

    /**
     * Gives the second factor the session owes: the first time, enrols the secret the
     * page writes out; else the app's next code.
     */
    public PageSession giveSecondFactor(String username) {
        String page = get("/login/code").body();
        Matcher secret = SECRET.matcher(page);
        HttpResponse<String> given;
        if (secret.find()) {
            Authenticator.add(baseUrl, username, secret.group(1));
            given = post("/login/code/enrolment",
                    Map.of("code", Authenticator.nextCode(baseUrl, username), "_csrf", formToken(page)));
        }
        else {
            given = post("/login/code",
                    Map.of("code", Authenticator.nextCode(baseUrl, username), "_csrf", formToken(page)));
        }
        assertThat(given.statusCode()).as(given.body()).isEqualTo(302);
        return this;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), headers);
    }

    public HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        String body = new LinkedHashMap<>(form).entrySet()
            .stream()
            .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    /**
     * Sends a file from a page's upload form, as multipart, with the form's CSRF token.
     */
    public HttpResponse<String> postFile(String path, String formToken, String field, String fileName,
            String contentType, byte[] content) {
        String boundary = "page-session-" + Long.toHexString(System.nanoTime());
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + formToken
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The CSRF token of a form on this page. */
    public static String formToken(String page) {
        Matcher found = FORM_TOKEN.matcher(page);
        assertThat(found.find()).as("a CSRF token on the page").isTrue();
        return found.group(1);
    }

    /** The session cookie's value, if the session has one. */
    public Optional<String> sessionId() {
        return cookies.getCookieStore()
            .getCookies()
            .stream()
            .filter(cookie -> cookie.getName().equals("JSESSIONID"))
            .map(HttpCookie::getValue)
            .findFirst();
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
