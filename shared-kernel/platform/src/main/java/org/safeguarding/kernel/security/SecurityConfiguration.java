package org.safeguarding.kernel.security;

import org.safeguarding.kernel.problem.CommonProblem;
import java.time.Duration;
import java.util.Set;

import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.MeterRegistry;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.problem.ProblemWriter;
import org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two filter chains against one school directory and one sign-in throttle. The API's:
 * HTTP Basic on every {@code /api/**} call, stateless, no CSRF; health and the API docs
 * are open, metrics are for ADMIN and MONITORING. The pages': a sign-in form and a
 * session, with CSRF. Who may call what is declared on the controllers; here only the
 * rule that a governor issues no command, and (through {@link ServiceCallFilter}) which
 * calls the services' own accounts may make. Failed sign-ins are throttled
 * ({@link ThrottlingAuthenticationProvider}). Before Boot's security: its default user,
 * and its default filter chains (the application's and actuator's), give way to these.
 */
@AutoConfiguration(before = { SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
        ManagementWebSecurityAutoConfiguration.class })
@EnableMethodSecurity
@EnableConfigurationProperties({ DirectoryProperties.class, LoginThrottleProperties.class })
public class SecurityConfiguration {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    /** The paths of the stateless API chain; everything else is a page. */
    private static final String[] API_PATHS = { "/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**",
            "/swagger-ui.html" };

    public static final String SIGN_IN_PAGE = "/login";

    /**
     * The sign-in page after a refusal: a path of its own, so that the forward there is
     * not taken for another sign-in.
     */
    public static final String SIGN_IN_REFUSED = "/login/refused";

    /** Pages load nothing from elsewhere and run no inline script. */
    private static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SchoolDirectory schoolDirectory(DirectoryProperties properties) {
        return new SchoolDirectory(properties);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        var encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        encoder.setDefaultPasswordEncoderForMatches(new BCryptPasswordEncoder());
        return encoder;
    }

    /**
     * Throttling comes first, so that a refused username is refused even with a password
     * still in the cache; the cache is only ever filled by a password that matched, so a
     * wrong one always pays the BCrypt check, as an unknown username does against
     * Spring's stand-in hash.
     */
    @Bean
    AuthenticationManager authenticationManager(SchoolDirectory directory, PasswordEncoder passwordEncoder,
            LoginThrottleProperties throttle, MeterRegistry registry) {
        var checkAgainstDirectory = new DaoAuthenticationProvider(passwordEncoder);
        checkAgainstDirectory.setUserDetailsService(directory);
        prepareUnknownUsernameHash(checkAgainstDirectory);
        return new ProviderManager(new ThrottlingAuthenticationProvider(
                new CachingAuthenticationProvider(checkAgainstDirectory, Duration.ofMinutes(5)), throttle, registry,
                TimeMeter.SYSTEM_MILLISECONDS));
    }

    /**
     * Spring makes the stand-in hash an unknown username is checked against on first use,
     * unsynchronised, so each of the first concurrent requests would make one (a BCrypt
     * hash each). One sign-in as nobody makes it now.
     */
    private static void prepareUnknownUsernameHash(AuthenticationProvider provider) {
        try {
            provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("", ""));
        }
        catch (AuthenticationException expected) {
            // nobody is called "": the hash is made and compared, and the sign-in fails,
            // as intended
        }
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager, SchoolDirectory directory,
            ProblemWriter problems, InboundServiceCalls inbound) throws Exception {
        http.securityMatcher(API_PATHS)
            .csrf(AbstractHttpConfigurer::disable)
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .authenticationManager(authenticationManager)
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/api/audit/public-key",
                        "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .permitAll()
                .requestMatchers("/actuator/**")
                .hasAnyRole(Role.ADMIN.name(), Role.MONITORING.name())
                .requestMatchers("/api/**")
                .access((authentication,
                        context) -> new AuthorizationDecision(isSignedIn(authentication.get())
                                && (READS.contains(HttpMethod.valueOf(context.getRequest().getMethod()))
                                        || !isOnlyGovernor(CurrentActor.from(authentication.get())))))
                .anyRequest()
                .authenticated())
            .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                if (e instanceof LoginThrottled throttled) {
                    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
                    problems.write(response, CommonProblem.TOO_MANY_FAILED_SIGN_INS, throttled.advice());
                    return;
                }
                response.setHeader("WWW-Authenticate", "Basic realm=\"safeguarding\"");
                problems.write(response, CommonProblem.UNAUTHENTICATED,
                        "Sign in with your school username and password");
            }))
            .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, e) -> problems
                .write(response, CommonProblem.FORBIDDEN, "Your role does not allow this")))
            .addFilterAfter(new ServiceCallFilter(directory, problems, inbound), BasicAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Everything else is a page: a sign-in form, a session cookie, and CSRF tokens on
     * every form and htmx request; someone not signed in is shown the sign-in page.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http.authenticationManager(authenticationManager)
            .authorizeHttpRequests(requests -> requests
                .requestMatchers(SIGN_IN_PAGE, SIGN_IN_REFUSED, "/error", "/kernel/**", "/webjars/**", "/favicon.ico")
                .permitAll()
                .anyRequest()
                .authenticated())
            .formLogin(form -> form.loginPage(SIGN_IN_PAGE).failureHandler(new SignInFailureHandler(SIGN_IN_REFUSED)))
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(SIGN_IN_PAGE + "?signed-out"))
            .headers(headers -> headers.contentSecurityPolicy(policy -> policy.policyDirectives(PAGE_POLICY)));
        return http.build();
    }

    private static boolean isSignedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static boolean isOnlyGovernor(Actor actor) {
        return actor.has(Role.GOVERNOR) && actor.roles().size() == 1;
    }

}
