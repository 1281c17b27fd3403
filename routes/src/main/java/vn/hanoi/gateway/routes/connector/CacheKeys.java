package vn.hanoi.gateway.routes.connector;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cache keys as keyed hashes (HMAC-SHA256) of system, operation and identifier, so that a dump of the
 * cache does not reveal whom its entries are about.
 */
public final class CacheKeys {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec secret;

    public CacheKeys(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the cache key secret needs at least 16 bytes");
        }
        this.secret = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    public String keyOf(String system, String operation, String identifier) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            byte[] digest = mac.doFinal((system + '\u0000' + operation + '\u0000' + identifier)
                    .getBytes(StandardCharsets.UTF_8));
            return system + ':' + operation + ':' + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
