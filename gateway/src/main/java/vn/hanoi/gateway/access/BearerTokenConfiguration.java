package vn.hanoi.gateway.access;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
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
import org.springframework.web.client.RestTemplate;

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
        SimpleClientHttpRequestFactory http = new SimpleClientHttpRequestFactory();
        http.setConnectTimeout(properties.jwkSetTimeout());
        http.setReadTimeout(properties.jwkSetTimeout());
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                .restOperations(new RestTemplate(http))
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators(properties)));
        return decoder;
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
