package org.safeguarding.kernel.security;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.problem.CommonProblem;
import org.safeguarding.kernel.problem.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InsufficientAuthenticationException;
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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/**
 * Two filter chains against one school directory and one sign-in throttle. The API's:
 * HTTP Basic on every {@code /api/**} call, stateless, no CSRF; health and the API docs
 * are open, metrics are for ADMIN and MONITORING. The pages': a sign-in form (and, when
 * one is configured, the school's OpenID Connect provider) and a session, with CSRF; the
 * roles {@link MfaProperties} lists give a code after their password
 * ({@link SecondFactor}) before any page but the code's own is served. Who may call what
 * is declared on the controllers; here only the rule, on both chains, that a governor
 * issues no command, and (through {@link ServiceCallFilter}) which calls the services'
 * own accounts may make. Failed sign-ins, passwords and codes alike, are throttled
 * ({@link LoginThrottle}). Before Boot's security: its default user, and its default
 * filter chains (the application's, actuator's and OAuth2's), give way to these.
 */
@AutoConfiguration(before = { SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
        ManagementWebSecurityAutoConfiguration.class })
@EnableMethodSecurity
@EnableConfigurationProperties({ DirectoryProperties.class, LoginThrottleProperties.class, MfaProperties.class,
        OidcProperties.class })
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

    /**
     * Where a sign-in that needs a code goes for it: the code from the authenticator app,
     * enrolment on the first sign-in, or a recovery code. The pages under it are the only
     * ones served before the code is given.
     */
    public static final String SECOND_FACTOR_PAGE = "/login/code";

    /** Sent by htmx with each of its requests. */
    private static final String HTMX_REQUEST = "HX-Request";

    /** Pages load nothing from elsewhere and run no inline script. */
    private static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * One count of failed sign-ins for both chains, so that a page's failures lock the
     * API too: made by whichever of them asks first.
     */
    private LoginThrottle throttle;

    /**
     * One password check for both chains: one cache of matched passwords, and one
     * stand-in hash (a BCrypt hash made at start-up).
     */
    private AuthenticationProvider passwordCheck;

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

    @Bean
    LoginThrottle loginThrottle(LoginThrottleProperties properties, MeterRegistry registry) {
        return throttle(properties, registry);
    }

    private synchronized LoginThrottle throttle(LoginThrottleProperties properties, MeterRegistry registry) {
        if (throttle == null) {
            throttle = new LoginThrottle(properties, registry, TimeMeter.SYSTEM_MILLISECONDS);
        }
        return throttle;
    }

    @Bean
    SecondFactor secondFactor(MfaProperties properties) {
        return new SecondFactor(properties);
    }

    /**
     * The API's: a right password completes the sign-in, as HTTP Basic knows no codes.
     */
    @Bean
    AuthenticationManager authenticationManager(SchoolDirectory directory, PasswordEncoder passwordEncoder,
            LoginThrottleProperties throttling, MeterRegistry registry) {
        return new ProviderManager(new ThrottlingAuthenticationProvider(passwordCheck(directory, passwordEncoder),
                throttle(throttling, registry), registry, signedIn -> true));
    }

    /**
     * Throttling comes first, so that a refused username is refused even with a password
     * still in the cache; the cache is only ever filled by a password that matched, so a
     * wrong one always pays the BCrypt check, as an unknown username does against
     * Spring's stand-in hash.
     */
    private synchronized AuthenticationProvider passwordCheck(SchoolDirectory directory,
            PasswordEncoder passwordEncoder) {
        if (passwordCheck == null) {
            var checkAgainstDirectory = new DaoAuthenticationProvider(passwordEncoder);
            checkAgainstDirectory.setUserDetailsService(directory);
            prepareUnknownUsernameHash(checkAgainstDirectory);
            passwordCheck = new CachingAuthenticationProvider(checkAgainstDirectory, Duration.ofMinutes(5));
        }
        return passwordCheck;
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
                .access((authentication, context) -> new AuthorizationDecision(
                        isSignedIn(authentication.get()) && mayAct(authentication.get(), context.getRequest())))
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
     * every form and htmx request. Someone not signed in is shown the sign-in page; a
     * sign-in still owing its code, the code's page; an htmx request without a sign-in
     * (the session ran out) is answered 401 with {@code HX-Redirect} to the sign-in page,
     * so htmx takes the whole page there rather than swap the sign-in form into a part of
     * the page.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SchoolDirectory directory, PasswordEncoder passwordEncoder,
            LoginThrottle throttle, MeterRegistry registry, SecondFactor secondFactor, OidcProperties oidc,
            ObjectProvider<ClientRegistrationRepository> identityProviders) throws Exception {
        List<AuthenticationProvider> providers = new ArrayList<>();
        providers.add(new ThrottlingAuthenticationProvider(passwordCheck(directory, passwordEncoder), throttle,
                registry, signedIn -> !secondFactor.isAskedOf(signedIn)));
        ClientRegistrationRepository identityProvider = identityProviders.getIfAvailable();
        AuthenticationFailureHandler refused = new SignInFailureHandler(SIGN_IN_REFUSED);
        if (identityProvider != null) {
            // Here: oauth2Login would add its provider to a manager this chain, having
            // its own, never uses.
            providers.add(new OidcAuthorizationCodeAuthenticationProvider(
                    new RestClientAuthorizationCodeTokenResponseClient(),
                    new DirectoryOidcUserService(directory, oidc)));
            http.oauth2Login(login -> login.loginPage(SIGN_IN_PAGE).failureHandler(refused));
        }
        AuthenticationEntryPoint htmxToSignIn = (request, response, e) -> htmxRedirect(request, response, SIGN_IN_PAGE);
        http.authenticationManager(new ProviderManager(providers))
            .authorizeHttpRequests(requests -> requests
                .requestMatchers(SIGN_IN_PAGE, SIGN_IN_REFUSED, "/error", "/kernel/**", "/webjars/**", "/favicon.ico")
                .permitAll()
                .requestMatchers(SECOND_FACTOR_PAGE, SECOND_FACTOR_PAGE + "/**")
                .authenticated()
                .anyRequest()
                .access((authentication, context) -> new AuthorizationDecision(
                        isSignedIn(authentication.get()) && secondFactor.isSatisfiedBy(authentication.get())
                                && mayAct(authentication.get(), context.getRequest()))))
            .formLogin(form -> form.loginPage(SIGN_IN_PAGE).failureHandler(refused))
            .exceptionHandling(handling -> handling
                .defaultAuthenticationEntryPointFor(htmxToSignIn, new RequestHeaderRequestMatcher(HTMX_REQUEST, "true"))
                .accessDeniedHandler(pageRefusal(secondFactor, htmxToSignIn)))
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(SIGN_IN_PAGE + "?signed-out"))
            .headers(headers -> headers.contentSecurityPolicy(policy -> policy.policyDirectives(PAGE_POLICY)));
        return http.build();
    }

    /**
     * A page refused: a sign-in owing its code is sent for it (and brought back here
     * after); an htmx request whose session has run out (so its CSRF token went with it)
     * to the sign-in page; anyone else gets the error page's 403.
     */
    private static AccessDeniedHandler pageRefusal(SecondFactor secondFactor, AuthenticationEntryPoint htmxToSignIn) {
        RequestCache requestCache = new HttpSessionRequestCache();
        AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (isSignedIn(authentication) && !secondFactor.isSatisfiedBy(authentication)) {
                if (HttpMethod.GET.matches(request.getMethod()) && !isHtmx(request)) {
                    requestCache.saveRequest(request, response);
                }
                htmxRedirect(request, response, SECOND_FACTOR_PAGE);
            }
            else if (!isSignedIn(authentication) && isHtmx(request)) {
                htmxToSignIn.commence(request, response, new InsufficientAuthenticationException("Not signed in"));
            }
            else {
                forbidden.handle(request, response, denied);
            }
        };
    }

    /**
     * To another page: for htmx, 401 with {@code HX-Redirect}, which htmx follows with
     * the whole page; for the browser, a redirect.
     */
    private static void htmxRedirect(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        String location = request.getContextPath() + path;
        if (isHtmx(request)) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setHeader("HX-Redirect", location);
        }
        else {
            response.sendRedirect(location);
        }
    }

    private static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader(HTMX_REQUEST));
    }

    private static boolean isSignedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /**
     * The rule of both chains: anyone signed in may read; someone whose only role is
     * GOVERNOR changes nothing.
     */
    private static boolean mayAct(Authentication signedIn, HttpServletRequest request) {
        return READS.contains(HttpMethod.valueOf(request.getMethod())) || !isOnlyGovernor(CurrentActor.from(signedIn));
    }

    private static boolean isOnlyGovernor(Actor actor) {
        return actor.has(Role.GOVERNOR) && actor.roles().size() == 1;
    }

}
