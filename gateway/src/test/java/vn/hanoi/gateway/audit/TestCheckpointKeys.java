package vn.hanoi.gateway.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** Ed25519 pairs for tests (openssl genpkey -algorithm ed25519; openssl pkey -pubout), never used elsewhere. */
public final class TestCheckpointKeys {

    public static final String PRIVATE_KEY = "MC4CAQAwBQYDK2VwBCIEIFDisMG7HLlrHNBtRp6O5kvg3NCHtM99Lb2Ej2u45/6r";
    public static final String PUBLIC_KEY = "MCowBQYDK2VwAyEA372+MszfWwGRLSWDMQv99CUpadwci9xl0Omgug1Awr8=";
    /** Another pair: what it signs is not signed by the test key. */
    static final String OTHER_PRIVATE_KEY = "MC4CAQAwBQYDK2VwBCIEINQhXNNo6WOcf3VvE2LOUx48QUknG8vnOg91OqayQ3vc";
    static final String OTHER_PUBLIC_KEY = "MCowBQYDK2VwAyEAKBee1/XfEXbd0KY0BFCmuZjWUGT889CSXdhwC8+sX4Y=";

    private TestCheckpointKeys() {
    }

    static CheckpointSigner signer(String privateKey, String publicKey) {
        return new CheckpointSigner(new CheckpointProperties(privateKey, publicKey, Duration.ofMinutes(5), 1000),
                Clock.fixed(Instant.parse("2026-12-07T21:00:00Z"), ZoneOffset.UTC));
    }

    static CheckpointSigner signer() {
        return signer(PRIVATE_KEY, PUBLIC_KEY);
    }
}
