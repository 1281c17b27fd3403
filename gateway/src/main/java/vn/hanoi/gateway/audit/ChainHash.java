package vn.hanoi.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The hash of an audit record: SHA-256 over a canonical serialisation of its position, its entry and the
 * previous record's hash. Each value is written with its length ({@code 12:one-stop-hanoi}) and an absent
 * one as {@code -}, so that no two different records serialise alike. The purpose check's two values follow
 * only when the record has them or a transport, and the transport only when it has one, so that a record written
 * before the check or the transport existed hashes as it did.
 */
final class ChainHash {

    /** The "previous hash" of the first record. */
    static final String GENESIS = "0".repeat(64);
    private static final String VERSION = "audit-v1";

    private ChainHash() {
    }

    static String of(long seq, AuditEntry entry, String previousHash) {
        return sha256(canonical(seq, entry, previousHash));
    }

    static String canonical(long seq, AuditEntry entry, String previousHash) {
        StringBuilder out = new StringBuilder(VERSION);
        for (String value : Arrays.asList(Long.toString(seq), entry.recordedAt().toString(), entry.clientId(),
                entry.officerId(), entry.dossierCode(), entry.dataset(), entry.operation(), entry.subjectHash(),
                entry.outcome(), entry.correlationId(), previousHash)) {
            append(out, value);
        }
        if (entry.purposeCheck() != null || entry.overrideReason() != null || entry.transport() != null) {
            append(out, entry.purposeCheck());
            append(out, entry.overrideReason());
        }
        if (entry.transport() != null) {
            append(out, entry.transport());
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String value) {
        out.append('|').append(value == null ? "-" : value.length() + ":" + value);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
