package vn.hanoi.gateway.warehouse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

/**
 * The first bytes a file of a media type starts with, where the type has such a signature: a file declared as
 * {@code application/pdf} must start {@code %PDF-}. A type without a known signature is taken at its word.
 */
final class ContentSignatures {

    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
            "image/png", HexFormat.of().parseHex("89504e470d0a1a0a"),
            "image/jpeg", HexFormat.of().parseHex("ffd8ff"),
            "image/tiff", HexFormat.of().parseHex("49492a00"));

    static final int LONGEST = 8;

    private ContentSignatures() {
    }

    static boolean matches(String mediaType, byte[] head) {
        byte[] signature = SIGNATURES.get(mediaType);
        return signature == null
                || head.length >= signature.length && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }
}
