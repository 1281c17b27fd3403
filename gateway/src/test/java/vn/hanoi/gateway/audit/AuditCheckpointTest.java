package vn.hanoi.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditCheckpointTest {

    private static final String HASH = "2d1a21e608f8465e6a5c8324c99c965a793e2d3bc5afe2cb2d340e4581b0157a";

    /**
     * Known answer, computed once outside the code (Ed25519 signatures are deterministic), so that a change to what
     * is signed, which would make every stored checkpoint fail, fails here: the key id is
     * {@code openssl pkey -in test.pem -pubout -outform DER | sha256sum | cut -c1-16}, the signature
     * {@code printf '%s' 'audit-checkpoint-v1|4|2d1a…157a|2026-12-07T21:00:00Z|d87da2aea1200f12'
     * | openssl pkeyutl -sign -inkey test.pem -rawin -in /dev/stdin | base64} with the test pair's private key.
     * Checked red by changing the version tag in {@code AuditCheckpoint} (audit-checkpoint-v1 to v2).
     */
    @Test
    void aCheckpointIsSignedAsItsKnownAnswer() {
        AuditCheckpoint checkpoint = TestCheckpointKeys.signer().sign(new AuditLog.Head(4, HASH));

        assertThat(checkpoint.keyId()).isEqualTo("d87da2aea1200f12");
        assertThat(checkpoint.signedText()).isEqualTo("audit-checkpoint-v1|4|" + HASH + "|2026-12-07T21:00:00Z|d87da2aea1200f12");
        assertThat(checkpoint.signature())
                .isEqualTo("i62MhCKKHivIRnnGWAllw9Nn+mV47ZOvg2diWQRzUknKA9LE/njXABLBlsH5qL0oNplXkKbmIfMTFOJtrZuUBg==");
    }

    @Test
    void anyChangeToASignedCheckpointBreaksItsSignature() {
        AuditCheckpoint checkpoint = TestCheckpointKeys.signer().sign(new AuditLog.Head(4, HASH));

        assertThat(checkpoint.isSignedBy(CheckpointKeys.publicKey(TestCheckpointKeys.PUBLIC_KEY))).isTrue();
        assertThat(new AuditCheckpoint(5, HASH, checkpoint.signedAt(), checkpoint.keyId(), checkpoint.signature())
                .isSignedBy(CheckpointKeys.publicKey(TestCheckpointKeys.PUBLIC_KEY))).isFalse();
        assertThat(new AuditCheckpoint(4, "1".repeat(64), checkpoint.signedAt(), checkpoint.keyId(), checkpoint.signature())
                .isSignedBy(CheckpointKeys.publicKey(TestCheckpointKeys.PUBLIC_KEY))).isFalse();
        assertThat(checkpoint.isSignedBy(CheckpointKeys.publicKey(TestCheckpointKeys.OTHER_PUBLIC_KEY))).isFalse();
    }
}
