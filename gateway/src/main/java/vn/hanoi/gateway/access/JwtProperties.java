package vn.hanoi.gateway.access;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bearer tokens from the city's identity provider ({@code gateway.security.jwt}). Without a
 * {@code jwk-set-uri} the gateway accepts no bearer token at all (API keys only).
 *
 * @param issuerUri       the {@code iss} every token must carry (required with a JWK set)
 * @param jwkSetUri       where the provider publishes its signing keys
 * @param audience        when set, a token's {@code aud} must contain it
 * @param clientIdClaims  the claims naming the client, first present wins
 * @param datasetsClaim   the claim listing the client's datasets (a JSON array or space-separated string)
 * @param clockSkew       tolerance on {@code exp} and {@code nbf}
 * @param jwkSetTimeout   connect and read timeout when fetching the JWK set
 * @param jwkSetMinRefreshInterval the JWK set is fetched at most twice per this interval, however many tokens
 *                        name an unknown key id (a rotated key is picked up within it)
 */
@ConfigurationProperties("gateway.security.jwt")
record JwtProperties(
        String issuerUri,
        String jwkSetUri,
        String audience,
        @DefaultValue({"client_id", "azp"}) List<String> clientIdClaims,
        @DefaultValue("datasets") String datasetsClaim,
        @DefaultValue("30s") Duration clockSkew,
        @DefaultValue("2s") Duration jwkSetTimeout,
        @DefaultValue("30s") Duration jwkSetMinRefreshInterval) {

    boolean isConfigured() {
        return jwkSetUri != null && !jwkSetUri.isBlank();
    }
}
