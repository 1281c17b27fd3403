package vn.hanoi.gateway.routes.connector;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cache keys as keyed hashes (HMAC-SHA256) of system, operation and identifier, so that a dump of the
 * cache does not reveal whom its entries are about. Each thread keeps its own initialised {@link Mac}
 * ({@code Mac.getInstance} is a provider lookup, visible in a profile of the cache-hit path).
 */
public final class CacheKeys {

    private static final String ALGORITHM = "HmacSHA256";

    private final ThreadLocal<Mac> macs;

    public CacheKeys(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the cache key secret needs at least 16 bytes");
        }
        SecretKeySpec key = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.macs = ThreadLocal.withInitial(() -> newMac(key));
    }

    public String keyOf(String system, String operation, String identifier) {
        byte[] digest = macs.get().doFinal((system + '\u0000' + operation + '\u0000' + identifier)
                .getBytes(StandardCharsets.UTF_8));
        return system + ':' + operation + ':' + HexFormat.of().formatHex(digest);
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
