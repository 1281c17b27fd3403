package vn.hanoi.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Signs checkpoints with the configured Ed25519 key (the JDK's own implementation). The gateway does not start
 * without a key pair whose halves belong together.
 */
@Component
class CheckpointSigner {

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;
    private final Clock clock;

    CheckpointSigner(CheckpointProperties properties, Clock clock) {
        if (isBlank(properties.privateKey()) || isBlank(properties.publicKey())) {
            throw new IllegalStateException("gateway.audit.checkpoint.private-key and .public-key must be set "
                    + "(environment GATEWAY_AUDIT_CHECKPOINT_PRIVATEKEY, GATEWAY_AUDIT_CHECKPOINT_PUBLICKEY)");
        }
        this.privateKey = CheckpointKeys.privateKey(properties.privateKey());
        this.publicKey = CheckpointKeys.publicKey(properties.publicKey());
        this.keyId = CheckpointKeys.keyId(publicKey);
        this.clock = clock;
        if (!sign(new AuditLog.Head(0, ChainHash.GENESIS)).isSignedBy(publicKey)) {
            throw new IllegalStateException("gateway.audit.checkpoint.public-key is not the private key's public half");
        }
    }

    AuditCheckpoint sign(AuditLog.Head head) {
        AuditCheckpoint unsigned = new AuditCheckpoint(head.seq(), head.hash(), clock.instant(), keyId, "");
        try {
            Signature signer = Signature.getInstance(CheckpointKeys.ALGORITHM);
            signer.initSign(privateKey);
            signer.update(unsigned.signedText().getBytes(StandardCharsets.UTF_8));
            return new AuditCheckpoint(head.seq(), head.hash(), unsigned.signedAt(), keyId,
                    Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    PublicKey publicKey() {
        return publicKey;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
