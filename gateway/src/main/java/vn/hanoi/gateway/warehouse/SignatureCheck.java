package vn.hanoi.gateway.warehouse;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;

/**
 * The verdict on a file's last signature, with its signer (the certificate's CN) and signing time (CMS
 * {@code signingTime}, else the signature's {@code M}), both null when there is no readable signature.
 */
public record SignatureCheck(SignatureVerdict verdict, String signer, OffsetDateTime signedAt) {

    static SignatureCheck without(SignatureVerdict verdict) {
        return new SignatureCheck(verdict, null, null);
    }

    @JsonIgnore
    public boolean isValid() {
        return verdict == SignatureVerdict.VALID;
    }
}
