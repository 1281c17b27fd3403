package vn.hanoi.gateway.access;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * How bearer tokens are checked: RS256 signatures against the provider's JWK set, the configured issuer,
 * a lifetime ({@code exp} is required), the audience when configured. Without a JWK set every bearer
 * token is refused.
 */
@Configuration(proxyBeanMethods = false)
class BearerTokenConfiguration {

    @Bean
    JwtDecoder jwtDecoder(JwtProperties properties) {
        if (!properties.isConfigured()) {
            return token -> {
                throw new BadJwtException("no identity provider is configured");
            };
        }
        if (properties.issuerUri() == null || properties.issuerUri().isBlank()) {
            throw new IllegalStateException("gateway.security.jwt.issuer-uri is required with a jwk-set-uri");
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, jwkSource(properties)));
        // Claims are checked by the validators below (Spring's messages and clock skew), not by Nimbus.
        processor.setJWTClaimsSetVerifier((claims, context) -> {
        });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators(properties)));
        return decoder;
    }

    /**
     * The provider's JWK set, cached (Nimbus' default: 5 minutes) and fetched at most
     * twice per {@code jwk-set-min-refresh-interval} however many tokens name a key id it does not hold: a token
     * with an unknown {@code kid} makes the cache refetch the set (a rotated key is picked up that way), and the
     * rate limit keeps a flood of such tokens from hammering the provider. A token refused because the limit was
     * reached is a 401 like any token whose key is unknown.
     */
    private static JWKSource<SecurityContext> jwkSource(JwtProperties properties) {
        int timeout = Math.toIntExact(properties.jwkSetTimeout().toMillis());
        JWKSource<SecurityContext> fetched;
        try {
            fetched = JWKSourceBuilder.<SecurityContext>create(URI.create(properties.jwkSetUri()).toURL(),
                            new DefaultResourceRetriever(timeout, timeout, JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT))
                    .rateLimited(properties.jwkSetMinRefreshInterval().toMillis())
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("gateway.security.jwt.jwk-set-uri is not a URL", e);
        }
        // Past the limit Nimbus throws, which Spring would answer as a server error; for the caller it is a token
        // whose key is not known: no key, so a 401.
        return (selector, context) -> {
            try {
                return fetched.get(selector, context);
            } catch (RateLimitReachedException limited) {
                return List.of();
            }
        };
    }

    @Bean
    JwtCallers jwtCallers(JwtProperties properties, Datasets datasets) {
        return new JwtCallers(properties, datasets);
    }

    private static List<OAuth2TokenValidator<Jwt>> validators(JwtProperties properties) {
        OAuth2TokenValidator<Jwt> expires = new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull);
        OAuth2TokenValidator<Jwt> lifetime = new JwtTimestampValidator(properties.clockSkew());
        OAuth2TokenValidator<Jwt> issuer = new JwtIssuerValidator(properties.issuerUri());
        if (properties.audience() == null || properties.audience().isBlank()) {
            return List.of(expires, lifetime, issuer);
        }
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(properties.audience()));
        return List.of(expires, lifetime, issuer, audience);
    }
}
