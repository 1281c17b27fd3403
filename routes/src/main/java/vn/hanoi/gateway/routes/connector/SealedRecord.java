package vn.hanoi.gateway.routes.connector;

import java.util.Arrays;

/**
 * A canonical record as {@link EncryptingLookupCache} hands it to the cache it wraps: AES-GCM ciphertext
 * (nonce first), which a cache outside the JVM stores as it is.
 */
public record SealedRecord(byte[] bytes) {

    public SealedRecord {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedRecord sealed && Arrays.equals(bytes, sealed.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "SealedRecord[" + bytes.length + " bytes]";
    }
}
