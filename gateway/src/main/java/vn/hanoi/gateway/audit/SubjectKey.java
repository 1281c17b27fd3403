package vn.hanoi.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How a subject is stored: HMAC-SHA256 of the personal id under {@code gateway.audit.subject-key}, so
 * that the audit table does not say whom it is about, while the same person always gets the same hash
 * (what the subject's query looks up). The key must be the same for every instance and kept: a new key
 * makes earlier records unreachable by personal id (they still verify). Required outside the sandbox.
 */
@Component
public class SubjectKey {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;

    SubjectKey(@Value("${gateway.audit.subject-key:}") String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("gateway.audit.subject-key must be set, at least " + MIN_KEY_BYTES
                    + " bytes (environment GATEWAY_AUDIT_SUBJECTKEY)");
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    public String hashOf(String personalId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(personalId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
