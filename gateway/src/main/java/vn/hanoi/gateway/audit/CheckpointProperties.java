package vn.hanoi.gateway.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The signed checkpoints of the audit chain ({@code gateway.audit.checkpoint}).
 *
 * @param privateKey   the Ed25519 signing key (PKCS#8, PEM or base64); required, from the environment outside
 *                     the sandbox ({@code GATEWAY_AUDIT_CHECKPOINT_PRIVATEKEY})
 * @param publicKey    its public half (X.509, PEM or base64), what auditors verify with; checked against the
 *                     private key at start
 * @param interval     a checkpoint of the head at least this often while records are appended
 * @param everyRecords and one whenever the chain passes a multiple of this many records
 */
@ConfigurationProperties("gateway.audit.checkpoint")
record CheckpointProperties(
        String privateKey,
        String publicKey,
        @DefaultValue("5m") Duration interval,
        @DefaultValue("1000") int everyRecords) {

    CheckpointProperties {
        if (everyRecords < 1) {
            throw new IllegalStateException("gateway.audit.checkpoint.every-records must be at least 1");
        }
    }
}
