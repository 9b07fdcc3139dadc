package org.safeguarding.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.testing.Api;
import org.safeguarding.kernel.testing.PageSession;
import org.safeguarding.kernel.testing.ServiceOverHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The pages' sign-in beyond the password: who is asked for a second factor and when, a
 * new session once it is given, the governors' rule on page forms, an htmx request whose
 * session has gone, and the administrator's reset. The API's HTTP Basic asks for no code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:sign-in-security;DB_CLOSE_DELAY=-1",
        "safeguarding.post-service.url=http://localhost:9" })
class SignInSecurityIT extends ServiceOverHttp {

    private static final String HTMX = "HX-Request";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTeacherIsNeverAskedForACode() {
        PageSession teacher = new PageSession(port).signIn("teacher", "demo");

        HttpResponse<String> start = teacher.get("/");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("Concerns about children and staff");
        assertThat(teacher.get("/login/code").headers().firstValue("Location"))
            .hasValueSatisfying(to -> assertThat(to).endsWith("/"));
    }

    @Test
    void theDslGivesACodeBeforeAnyPageButNotOnTheApi() {
        PageSession dsl = new PageSession(port).signIn("dsl", "demo");

        for (String page : List.of("/", "/concerns/mine", "/concerns/new")) {
            HttpResponse<String> held = dsl.get(page);
            assertThat(held.statusCode()).as(page).isEqualTo(302);
            assertThat(held.headers().firstValue("Location")).as(page)
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login/code"));
        }
        HttpResponse<String> enrolment = dsl.get("/login/code");
        assertThat(enrolment.body()).contains("Set up your authenticator app", "<svg", "id=\"secret\"");
        assertThat(api.as("dsl").get("/api/incidents").status()).as("HTTP Basic, as before").isEqualTo(200);
    }

    @Test
    void theSessionIdChangesWhenTheCodeIsGiven() {
        PageSession head = new PageSession(port).signIn("head", "demo");
        String beforeTheCode = head.sessionId().orElseThrow();

        head.giveSecondFactor("head");

        assertThat(head.sessionId()).hasValueSatisfying(after -> assertThat(after).isNotEqualTo(beforeTheCode));
        assertThat(head.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void aGovernorsPageFormPostIsRefusedWithTheErrorPageButSigningOutIsNot() {
        PageSession governor = new PageSession(port).signIn("governor", "demo").giveSecondFactor("governor");
        String token = PageSession.formToken(governor.get("/").body());

        HttpResponse<String> refused = governor.post("/concerns",
                Map.of("form", "SAFEGUARDING", "more", "person", "_csrf", token));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type"))
            .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(refused.body()).contains("You cannot do that");
        PageSession teacher = new PageSession(port).signIn("teacher", "demo");
        assertThat(
                teacher
                    .post("/concerns",
                            Map.of("form", "SAFEGUARDING", "more", "person", "_csrf",
                                    PageSession.formToken(teacher.get("/concerns/new?form=SAFEGUARDING").body())))
                    .statusCode())
            .as("the same post by a teacher")
            .isEqualTo(200);
        HttpResponse<String> signedOut = governor.post("/logout", Map.of("_csrf", token));
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location"))
            .hasValueSatisfying(to -> assertThat(to).endsWith("/login?signed-out"));
    }

    @Test
    void anHtmxRequestWithoutASignInIsSentToTheSignInPageWhole() {
        HttpResponse<String> visitor = new PageSession(port).get("/concerns/mine", HTMX, "true");
        assertThat(visitor.statusCode()).isEqualTo(401);
        assertThat(visitor.headers().firstValue("HX-Redirect")).hasValue("/login");
        assertThat(visitor.body()).doesNotContain("Sign in with your school username");

        PageSession teacher = new PageSession(port).signIn("teacher", "demo");
        String token = PageSession.formToken(teacher.get("/concerns/new?form=SAFEGUARDING").body());
        teacher.post("/logout", Map.of("_csrf", token));
        HttpResponse<String> sessionGone = teacher.post("/concerns",
                Map.of("form", "SAFEGUARDING", "more", "person", "_csrf", token), HTMX, "true", "X-CSRF-TOKEN", token);
        assertThat(sessionGone.statusCode()).as("the session and its CSRF token have gone").isEqualTo(401);
        assertThat(sessionGone.headers().firstValue("HX-Redirect")).hasValue("/login");

        assertThat(new PageSession(port).get("/concerns/mine").statusCode()).as("without htmx, as before")
            .isEqualTo(302);
    }

    @Test
    void theAdministratorResetsAnEnrolmentOverTheApiAndItIsRecorded() {
        new PageSession(port).signIn("slt", "demo").giveSecondFactor("slt");
        Api.Response enrolments = api.as("admin").get("/api/admin/mfa-enrolments");
        assertThat(enrolments.status()).isEqualTo(200);
        assertThat(enrolments.json().findValuesAsText("username")).contains("slt");
        assertRefused(api.as("dsl").delete("/api/admin/mfa-enrolments/slt"));

        assertThat(api.as("admin").delete("/api/admin/mfa-enrolments/slt").status()).isEqualTo(204);

        assertThat(api.as("admin").get("/api/admin/mfa-enrolments").json().findValuesAsText("username"))
            .doesNotContain("slt");
        assertThat(jdbc.queryForList("select actor from mfa_record where username = 'slt' and what = 'RESET'",
                String.class))
            .containsExactly("admin");
        PageSession again = new PageSession(port).signIn("slt", "demo");
        assertThat(again.get("/login/code").body()).contains("Set up your authenticator app");
    }

}
