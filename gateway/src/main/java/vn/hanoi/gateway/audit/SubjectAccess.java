package vn.hanoi.gateway.audit;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * One access to a person's data, as the subject's query lists it for auditors, with how it stood against the
 * stated dossier ({@code purposeCheck}: PARTY, MISMATCH or OVERRIDE with its {@code overrideReason}) and the
 * transport its register was reached by ({@code direct} or {@code platform}; null when none was, or in older records).
 */
record SubjectAccess(OffsetDateTime when, String client, String officer, String dossier, String dataset,
                     String operation, String outcome, String correlationId, String purposeCheck,
                     String overrideReason, String transport) {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static SubjectAccess of(AuditRecord record) {
        AuditEntry entry = record.entry();
        return new SubjectAccess(entry.recordedAt().atZone(VIETNAM).toOffsetDateTime(), entry.clientId(),
                entry.officerId(), entry.dossierCode(), entry.dataset(), entry.operation(), entry.outcome(),
                entry.correlationId(), entry.purposeCheck(), entry.overrideReason(), entry.transport());
    }
}
