package vn.hanoi.gateway.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Bearer tokens signed by the {@link TestIdentityProvider}, valid by default, each property changeable
 * to make a token the gateway must refuse.
 */
public final class Tokens {

    private String issuer = TestIdentityProvider.ISSUER;
    private String clientId;
    private Object datasets;
    private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));
    private RSAKey signingKey = TestIdentityProvider.SIGNING_KEY;
    private String keyId = TestIdentityProvider.KEY_ID;

    private Tokens(String clientId, Object datasets) {
        this.clientId = clientId;
        this.datasets = datasets;
    }

    /** A token for a client with these datasets (a JSON array claim). */
    public static Tokens forClient(String clientId, String... datasets) {
        return new Tokens(clientId, List.of(datasets));
    }

    /** The datasets as one space-separated string, as some providers put them in a scope-like claim. */
    public Tokens withDatasetsAsText(String datasets) {
        this.datasets = datasets;
        return this;
    }

    public Tokens issuedBy(String issuer) {
        this.issuer = issuer;
        return this;
    }

    public Tokens expiringAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    public Tokens withoutClient() {
        this.clientId = null;
        return this;
    }

    /** Signed by this key, under its own key id (a key the provider may or may not publish). */
    public Tokens signedWith(RSAKey key) {
        this.signingKey = key;
        this.keyId = key.getKeyID();
        return this;
    }

    public Tokens signedByAStranger() {
        this.signingKey = TestIdentityProvider.STRANGER_KEY;
        return this;
    }

    /** The compact JWT. */
    public String jwt() {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("service-account")
                .issueTime(new Date())
                .claim("datasets", datasets);
        if (clientId != null) {
            claims.claim("client_id", clientId);
        }
        if (expiresAt != null) {
            claims.expirationTime(Date.from(expiresAt));
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(signingKey));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** {@code Authorization: Bearer <jwt>} as header name and value. */
    public String[] header() {
        return new String[] {"Authorization", "Bearer " + jwt()};
    }
}
