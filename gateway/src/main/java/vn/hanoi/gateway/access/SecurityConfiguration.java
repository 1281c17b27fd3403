package vn.hanoi.gateway.access;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import vn.hanoi.gateway.problem.Problems;

/**
 * The one place where a request's caller is established: {@code X-API-Key} ({@link ApiKeyAuthenticationFilter})
 * or {@code Authorization: Bearer} (the OAuth2 resource server, {@link JwtCallers}), both ending as a
 * {@link CallerAuthentication}; then the client's rate limit. Whether the caller may use an endpoint is
 * each endpoint's {@link Access} rule, applied by {@link AccessPolicy}; here only the actuator is guarded
 * (health for anyone, details and everything else for ops). Stateless: no session, no CSRF token, no
 * login form, no default user.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain gatewaySecurity(HttpSecurity http, ApiKeyClients clients, JwtDecoder jwtDecoder,
                                        JwtCallers jwtCallers, ProblemRefusals refusals, RateLimits rateLimits,
                                        Problems problems) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .addFilterBefore(new ApiKeyAuthenticationFilter(clients, refusals), BearerTokenAuthenticationFilter.class)
                .oauth2ResourceServer(tokens -> tokens
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals)
                        .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(jwtCallers)))
                .addFilterAfter(new RateLimitFilter(rateLimits, problems), BearerTokenAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasAuthority(Dataset.OPS)
                        .anyRequest().permitAll());
        return http.build();
    }
}
