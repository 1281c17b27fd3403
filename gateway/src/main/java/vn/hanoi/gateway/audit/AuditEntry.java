package vn.hanoi.gateway.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What one audit record says: when, which client, which official for which dossier, which dataset and
 * endpoint, about whom (a keyed hash, or null when the request never named a well-formed subject), with
 * what outcome, under which correlation id. Time is kept to the millisecond, which every database stores
 * exactly, so that a record read back hashes as it was written.
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
        String correlationId) {

    AuditEntry {
        recordedAt = recordedAt.truncatedTo(ChronoUnit.MILLIS);
    }
}
