package org.safeguarding.kernel.security;

import java.time.Duration;
import java.util.Set;

import org.safeguarding.kernel.Actor;
import org.safeguarding.kernel.Role;
import org.safeguarding.kernel.web.ProblemWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * HTTP Basic against the school directory on every {@code /api/**} call; health and the API docs are open.
 * Who may call what is declared on the controllers; here only the rule that a governor issues no command, and
 * (through {@link ServiceCallFilter}) which calls the services' own accounts may make.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(DirectoryProperties.class)
public class SecurityConfiguration {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

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
    AuthenticationManager authenticationManager(SchoolDirectory directory, PasswordEncoder passwordEncoder) {
        var checkAgainstDirectory = new DaoAuthenticationProvider(passwordEncoder);
        checkAgainstDirectory.setUserDetailsService(directory);
        return new ProviderManager(new CachingAuthenticationProvider(checkAgainstDirectory, Duration.ofMinutes(5)));
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager,
                            SchoolDirectory directory, ProblemWriter problems, InboundServiceCalls inbound) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                                "/actuator/prometheus", "/api/audit/public-key", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                                "/error").permitAll()
                        .requestMatchers("/api/**").access((authentication, context) -> new AuthorizationDecision(
                                isSignedIn(authentication.get())
                                        && (READS.contains(HttpMethod.valueOf(context.getRequest().getMethod()))
                                        || !isOnlyGovernor(CurrentActor.from(authentication.get())))))
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"safeguarding\"");
                    problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign in with your school username and password");
                }))
                .exceptionHandling(handling -> handling
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(response, HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this")))
                .addFilterAfter(new ServiceCallFilter(directory, problems, inbound), BasicAuthenticationFilter.class);
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
