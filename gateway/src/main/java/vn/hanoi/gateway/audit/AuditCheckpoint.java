package vn.hanoi.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * A signed statement of the chain's head: at {@code signedAt} the record at position {@code seq} had the hash
 * {@code hash}. Signed with Ed25519 over {@link #signedText()}; {@code keyId} names the key
 * ({@link CheckpointKeys#keyId}), {@code signature} is base64. Whoever can rewrite the database cannot make a
 * rewritten chain agree with a checkpoint without the private key, which the database never holds.
 */
record AuditCheckpoint(long seq, String hash, Instant signedAt, String keyId, String signature) {

    private static final String VERSION = "audit-checkpoint-v1";

    AuditCheckpoint {
        signedAt = signedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** What is signed: a version tag, the position, the hash, the time and the key id, separated by {@code |}. */
    String signedText() {
        return String.join("|", VERSION, Long.toString(seq), hash, signedAt.toString(), keyId);
    }

    /** Whether the signature is this checkpoint's, by the holder of {@code key}. */
    boolean isSignedBy(PublicKey key) {
        if (!CheckpointKeys.keyId(key).equals(keyId)) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(CheckpointKeys.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(signedText().getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
