package org.safeguarding.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.problem.ProblemWriter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestBodyLimitFilterTest {

    @Test
    void aFormsFieldsCanStillBeReadOnceItsBodyIsKept() throws Exception {
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/concerns");
        post.setContentType("application/x-www-form-urlencoded;charset=UTF-8");
        post.setContent("summary=Name-calling+in+a+chat&_csrf=abc%3D&more=&subjects%5B0%5D.name=Amy"
            .getBytes(StandardCharsets.UTF_8));
        post.addParameter("form", "SAFEGUARDING");
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();

        new RequestBodyLimitFilter(new ProblemWriter(new ObjectMapper())).doFilter(post, new MockHttpServletResponse(),
                (request, response) -> seen.set((HttpServletRequest) request));

        HttpServletRequest kept = seen.get();
        assertThat(kept.getParameter("summary")).isEqualTo("Name-calling in a chat");
        assertThat(kept.getParameter("_csrf")).isEqualTo("abc=");
        assertThat(kept.getParameter("more")).isEmpty();
        assertThat(kept.getParameter("subjects[0].name")).isEqualTo("Amy");
        assertThat(kept.getParameter("form")).as("from the query string").isEqualTo("SAFEGUARDING");
        assertThat(kept.getInputStream().readAllBytes()).as("the body itself, for the idempotency check")
            .startsWith("summary=".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileSentFromAPageIsLeftToTheContainerToParse() throws Exception {
        MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/pupils/import");
        upload.setContentType("multipart/form-data; boundary=xyz");
        upload.setContent("--xyz--".getBytes(StandardCharsets.UTF_8));
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();

        new RequestBodyLimitFilter(new ProblemWriter(new ObjectMapper())).doFilter(upload,
                new MockHttpServletResponse(), (request, response) -> seen.set((HttpServletRequest) request));

        assertThat(seen.get()).as("not read, so the container can read its parts").isSameAs(upload);
    }

    @Test
    void aFileOverTheLimitIsRefusedAsAnyBodyIs() throws Exception {
        MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/pupils/import");
        upload.setContentType("multipart/form-data; boundary=xyz");
        upload.setContent(new byte[RequestBodyLimitFilter.MAX_BODY_BYTES + 1]);
        MockHttpServletResponse response = new MockHttpServletResponse();

        new RequestBodyLimitFilter(new ProblemWriter(new ObjectMapper())).doFilter(upload, response,
                (request, ignored) -> {
                    throw new AssertionError("passed on");
                });

        assertThat(response.getStatus()).isEqualTo(413);
    }

    @Test
    void aServiceThatTakesLargerFilesLetsThemThroughToTheContainerButNoOtherBody() throws Exception {
        var filter = new RequestBodyLimitFilter(new ProblemWriter(new ObjectMapper()), 10 * 1024 * 1024);
        MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/api/incidents/1/evidence");
        upload.setContentType("multipart/form-data; boundary=xyz");
        upload.setContent(new byte[RequestBodyLimitFilter.MAX_BODY_BYTES + 1]);
        MockHttpServletRequest json = new MockHttpServletRequest("POST", "/api/incidents");
        json.setContentType("application/json");
        json.setContent(new byte[RequestBodyLimitFilter.MAX_BODY_BYTES + 1]);
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        MockHttpServletResponse refused = new MockHttpServletResponse();

        filter.doFilter(upload, new MockHttpServletResponse(),
                (request, response) -> seen.set((HttpServletRequest) request));
        filter.doFilter(json, refused, (request, ignored) -> {
            throw new AssertionError("passed on");
        });

        assertThat(seen.get()).isSameAs(upload);
        assertThat(refused.getStatus()).isEqualTo(413);
    }

}
