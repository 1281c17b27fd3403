package vn.hanoi.gateway.routes.connector;

/**
 * Whether a canonical record a register answered is the one the lookup asked for. A register that mixes up
 * its answers must not have the gateway serve, cache and audit one person's record under another's
 * identifier: such an answer is {@link FailureKind#MALFORMED_RESPONSE}.
 */
@FunctionalInterface
public interface RecordIdentity {

    /** For lookups whose answer does not carry the key as asked (a parcel asked by its pre-2025 commune). */
    RecordIdentity NOT_CHECKED = (key, canonical) -> true;

    boolean isAbout(String key, Object canonical);
}
