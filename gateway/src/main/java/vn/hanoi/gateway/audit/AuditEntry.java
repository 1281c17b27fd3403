package vn.hanoi.gateway.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What one audit record says: when, which client, which official for which dossier, which dataset and
 * endpoint, about whom (a keyed hash, or null when the request never named a well-formed subject), with
 * what outcome, under which correlation id, and how the subject stood against the stated dossier
 * ({@code purposeCheck}: {@code PARTY}, {@code MISMATCH} or {@code OVERRIDE} with the caller's
 * {@code overrideReason}; null in records older than the check), and the transport the register was reached by
 * ({@code direct} or {@code platform}; null when no register was reached, and in records older than it). Time is kept to the millisecond, which every
 * database stores exactly, so that a record read back hashes as it was written.
 */
record AuditEntry(
        Instant recordedAt,
        String clientId,
        String officerId,
        String dossierCode,
        String dataset,
        String operation,
        String subjectHash,
        String outcome,
        String correlationId,
        String purposeCheck,
        String overrideReason,
        String transport) {

    AuditEntry {
        recordedAt = recordedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** An entry that names no transport: no register was reached (or it was written before the field existed). */
    AuditEntry(Instant recordedAt, String clientId, String officerId, String dossierCode, String dataset,
               String operation, String subjectHash, String outcome, String correlationId, String purposeCheck,
               String overrideReason) {
        this(recordedAt, clientId, officerId, dossierCode, dataset, operation, subjectHash, outcome, correlationId,
                purposeCheck, overrideReason, null);
    }

    /** An entry of a request whose purpose was not checked against a dossier. */
    AuditEntry(Instant recordedAt, String clientId, String officerId, String dossierCode, String dataset,
               String operation, String subjectHash, String outcome, String correlationId) {
        this(recordedAt, clientId, officerId, dossierCode, dataset, operation, subjectHash, outcome, correlationId,
                null, null);
    }
}
