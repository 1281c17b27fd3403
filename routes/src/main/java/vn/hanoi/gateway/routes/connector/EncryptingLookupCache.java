package vn.hanoi.gateway.routes.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hanoi.gateway.mappings.common.CanonicalJson;

/**
 * Wraps a cache that lives outside the JVM (Redis, …) so that what it stores cannot be read: each
 * canonical record is serialised to JSON and sealed with AES-GCM under the configured key
 * ({@code gateway.cache.value-key}, base64 of 16, 24 or 32 bytes), with a fresh nonce per entry and the
 * entry's hashed key and retrieval time as associated data, so that an entry moved to another key or
 * given another age does not open. An entry that does not open (tampered, other key) is a miss.
 * Only canonical records (package {@code vn.hanoi.gateway.mappings}) are read back.
 */
public final class EncryptingLookupCache implements LookupCache {

    private static final Logger LOG = LoggerFactory.getLogger(EncryptingLookupCache.class);
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String CANONICAL_PACKAGE = "vn.hanoi.gateway.mappings.";

    private final LookupCache store;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();
    private final ObjectMapper json = CanonicalJson.newMapper();

    public EncryptingLookupCache(LookupCache store, byte[] key) {
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new IllegalArgumentException("the cache value key must be 16, 24 or 32 bytes");
        }
        this.store = store;
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /** With the key as configured: base64 text ({@code gateway.cache.value-key}). */
    public static EncryptingLookupCache withBase64Key(LookupCache store, String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalArgumentException("gateway.cache.value-key is required for a cache outside the JVM");
        }
        return new EncryptingLookupCache(store, Base64.getDecoder().decode(base64Key.strip()));
    }

    @Override
    public Optional<CachedRecord> get(String hashedKey) {
        return store.get(hashedKey).flatMap(stored -> open(hashedKey, stored));
    }

    @Override
    public void put(String hashedKey, CachedRecord record, Duration keepFor) {
        SealedRecord sealed = new SealedRecord(seal(hashedKey, record));
        store.put(hashedKey, new CachedRecord(sealed, record.retrievedAt()), keepFor);
    }

    private byte[] seal(String hashedKey, CachedRecord record) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, hashedKey, record.retrievedAt());
            byte[] sealed = cipher.doFinal(serialise(record.record()));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("a cache entry could not be sealed", e);
        }
    }

    private Optional<CachedRecord> open(String hashedKey, CachedRecord stored) {
        if (!(stored.record() instanceof SealedRecord sealed) || sealed.bytes().length <= NONCE_BYTES) {
            return refused();
        }
        try {
            byte[] bytes = sealed.bytes();
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, NONCE_BYTES), hashedKey,
                    stored.retrievedAt());
            byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return Optional.of(new CachedRecord(deserialise(plain), stored.retrievedAt()));
        } catch (GeneralSecurityException | IOException | ClassNotFoundException | IllegalArgumentException e) {
            return refused();
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String hashedKey, Instant retrievedAt) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(CIPHER);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD((hashedKey + '\u0000' + retrievedAt).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private byte[] serialise(Object record) throws IOException {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("type", record.getClass().getName());
        envelope.set("record", json.valueToTree(record));
        return json.writeValueAsBytes(envelope);
    }

    private Object deserialise(byte[] plain) throws IOException, ClassNotFoundException {
        JsonNode envelope = json.readTree(plain);
        String type = envelope.path("type").asText();
        if (!type.startsWith(CANONICAL_PACKAGE)) {
            throw new IllegalArgumentException("not a canonical record type");
        }
        return json.treeToValue(envelope.get("record"), Class.forName(type));
    }

    private static Optional<CachedRecord> refused() {
        LOG.warn("A cache entry did not open (tampered with, or sealed under another key): treated as a miss");
        return Optional.empty();
    }
}
