package vn.hanoi.gateway.mappings.identifiers;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The serial of a land-use right certificate (số phát hành GCN): two capital ASCII letters, one space,
 * six ASCII digits ({@code CS 123456}). It identifies a parcel, so a malformed serial is reported under
 * the parcel-reference rule, {@link ParcelReference#RULE}, the code the public contract lists for land.
 */
public final class CertificateSerial implements IdentifierRule {

    private static final Pattern SERIAL = Pattern.compile("[A-Z]{2} [0-9]{6}");

    @Override
    public String code() {
        return ParcelReference.RULE;
    }

    @Override
    public Optional<String> violation(String value) {
        return value != null && SERIAL.matcher(value).matches()
                ? Optional.empty()
                : Optional.of("a certificate serial is two capital letters, a space and six digits (CS 123456)");
    }
}
