package vn.hanoi.gateway.warehouse;

/**
 * What the warehouse found when it checked a stored file's digital signature (docs/warehouse.md), in the order the
 * checks run: the first that fails is the verdict. The names are the {@code errors[].code} values of API.md.
 */
public enum SignatureVerdict {
    /** The last signature covers the whole file, its CMS digest matches, and its signer chains to a trust anchor
     *  and was valid at the signing time. */
    VALID,
    /** Not a PDF, or a PDF that cannot be read. */
    NOT_PDF,
    /** A PDF without a signature. */
    UNSIGNED,
    /** The last signature's byte range leaves out more of the file than its own {@code Contents}. */
    NOT_WHOLE_DOCUMENT,
    /** The signed bytes do not match the CMS digest, or the CMS signature does not verify. */
    DIGEST_MISMATCH,
    /** The signer certificate does not chain to a configured trust anchor. */
    UNTRUSTED,
    /** The chain is trusted but a certificate of it was not valid at the signing time. */
    CERT_EXPIRED
}
